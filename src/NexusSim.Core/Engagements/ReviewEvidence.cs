using System.Text.RegularExpressions;

namespace NexusSim.Core.Engagements;

/// <summary>
/// What makes a review verdict evidenced: it names at least one section of the version reviewed
/// (its <c>## heading</c>) or cites one of its sources (<c>[S1]</c>). "Looks good" is not evidence.
/// </summary>
public static partial class ReviewEvidence
{
    /// <summary>The issue recorded when a pass cites no evidence.</summary>
    /// <remarks>The issue's target is the gate, written after it (<c>…counts as needs work at gate: "g1"</c>), so the message ends without a stop.</remarks>
    public const string Problem = "No evidence was cited (name the sections or sources checked); a verdict without it counts as needs work at gate";

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
