namespace NexusSim.Cli.Approvals;

/// <summary>Reads a decision word and its reason: "approve", "approve looks right", "reject numbers unsourced".</summary>
internal static class DecisionLine
{
    /// <summary>True for approve, false for reject, null for anything else; the reason is the rest, trimmed.</summary>
    public static (bool? Approve, string Reason) Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        var word = space < 0 ? trimmed : trimmed[..space];
        var reason = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        bool? approve = word.ToUpperInvariant() switch
        {
            "APPROVE" => true,
            "REJECT" => false,
            _ => null,
        };
        return (approve, reason);
    }
}
