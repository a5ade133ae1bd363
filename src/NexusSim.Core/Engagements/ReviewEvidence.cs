using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Engagements;

/// <summary>
/// What makes a review verdict evidenced: it names at least one section of the version reviewed
/// (its <c>## heading</c>) or cites one of its sources (<c>[S1]</c>). "Looks good" is not evidence.
/// </summary>
public static partial class ReviewEvidence
{
    /// <summary>What is wrong with a pass that cites no evidence; the issue's message opens with it.</summary>
    public const string Problem = "No evidence was cited (name the sections or sources checked)";

    /// <summary>
    /// The reviewer's issue recorded at <paramref name="gateId"/> when a pass cites no evidence: one
    /// sentence naming the gate, with no target (there is no text of the work to point at).
    /// </summary>
    public static GateIssue IssueAt(string gateId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gateId);
        return new GateIssue(null, string.Create(CultureInfo.InvariantCulture, $"{Problem}; at gate {gateId} a verdict without it counts as needs work."), null);
    }

    /// <summary>True when <paramref name="issue"/> is the one recorded at <paramref name="gateId"/> for a pass without evidence.</summary>
    public static bool IsMissingEvidence(GateIssue issue, string gateId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue == IssueAt(gateId);
    }

    /// <summary>True when <paramref name="evidence"/> names a section of <paramref name="markdown"/> or cites a source.</summary>
    public static bool Cites(string? evidence, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return false;
        }

        if (SourceTag().IsMatch(evidence))
        {
            return true;
        }

        return Heading().Matches(markdown)
            .Select(m => m.Groups[1].Value.Trim())
            .Any(h => h.Length > 0 && evidence.Contains(h, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\[S\d+\]")]
    private static partial Regex SourceTag();

    [GeneratedRegex(@"^##\s+(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
