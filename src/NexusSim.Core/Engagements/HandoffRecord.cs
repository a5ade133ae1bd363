namespace NexusSim.Core.Engagements;

/// <summary>
/// What one step hands the next. <see cref="Fields"/> holds the manifest's handoff fields (what was
/// done, status, decisions made, open questions, requested action, ...), in the manifest's order.
/// </summary>
/// <param name="From">Actor id of the sender.</param>
/// <param name="To">Actor id of the recipient.</param>
/// <param name="Task">The task the sender did.</param>
/// <param name="DeliverableId">The deliverable it concerns.</param>
/// <param name="Fields">Handoff field name to its value; a field the sender left out reads "(not stated)".</param>
public sealed record HandoffRecord(string From, string To, string Task, string DeliverableId, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The value a sender left out.</summary>
    public const string NotStated = "(not stated)";

    /// <summary>How many of the fields the sender stated.</summary>
    public int StatedCount => Fields.Count(f => f.Value != NotStated);
}
