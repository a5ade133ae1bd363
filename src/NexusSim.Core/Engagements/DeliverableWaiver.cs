namespace NexusSim.Core.Engagements;

/// <summary>An acceptance with recorded caveats, bound to the version accepted: its blocking gates count as passed.</summary>
/// <param name="VersionHash">Content hash of the version accepted.</param>
/// <param name="DecidedBy">Who accepted it.</param>
/// <param name="Caveat">The caveat recorded (the decision's reason).</param>
/// <param name="EscalationId">The escalation it resolved.</param>
public sealed record DeliverableWaiver(string VersionHash, string DecidedBy, string Caveat, string EscalationId)
{
    /// <summary>
    /// The caveat as one line, "esc-001 (who accepted): caveat": how summary.json's <c>caveats</c>, the
    /// released .docx and its caveats file state it, so the three agree.
    /// </summary>
    public string Line => $"{EscalationId} ({DecidedBy}): {Caveat}";
}
