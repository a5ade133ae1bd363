using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The likely root cause of work that hit a gate's cap, in one or two sentences read from the gate's
/// verdicts only. An issue (same check, message and target) raised in two or more attempts recurs:
/// rework did not clear it, and it is named with its attempts. Issues all different mean each rework
/// cleared what it was given and the next attempt found something new. Verdicts turned into needs
/// work for citing no evidence (<see cref="ReviewEvidence.IssueAt"/>) are the reviewer's failure,
/// which rework of the deliverable cannot fix; that is said in a sentence of its own.
/// </summary>
internal static class EscalationRootCause
{
    /// <summary>The root cause when no verdict carries an issue.</summary>
    public const string NoIssues = "the reviewer gave no written issues.";

    public static string Of(IReadOnlyList<GateVerdictRecord> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var unevidenced = verdicts
            .Where(v => v.Issues.Any(i => ReviewEvidence.IsMissingEvidence(i, v.GateId)))
            .Select(v => v.Attempt).Distinct().Order().ToList();
        var raised = verdicts
            .SelectMany(v => v.Issues.Where(i => !ReviewEvidence.IsMissingEvidence(i, v.GateId)).Select(i => (v.Attempt, Issue: i)))
            .Distinct()
            .ToList();
        var sentences = new List<string>();
        if (raised.Count > 0)
        {
            sentences.Add(AboutTheWork(raised, verdicts.Max(v => v.Attempt)));
        }

        if (unevidenced.Count > 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"the reviewer's {(unevidenced.Count == 1 ? "verdict" : "verdicts")} in {Attempts(unevidenced)} cited no evidence, which counts as needs work and which rework of the deliverable cannot fix."));
        }

        return sentences.Count == 0 ? NoIssues : string.Join(" ", sentences.Select((s, i) => i == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
    }

    private static string AboutTheWork(List<(int Attempt, GateIssue Issue)> raised, int lastAttempt)
    {
        var recurring = raised
            .GroupBy(r => r.Issue)
            .Select(g => (Issue: g.Key, Attempts: g.Select(r => r.Attempt).Order().ToList()))
            .Where(g => g.Attempts.Count >= 2)
            .OrderByDescending(g => g.Attempts.Count)
            .ThenBy(g => g.Attempts[0])
            .ThenBy(g => GateIssueText.Label(g.Issue.Check), StringComparer.Ordinal)
            .ThenBy(g => g.Issue.Message, StringComparer.Ordinal)
            .ThenBy(g => g.Issue.Target, StringComparer.Ordinal)
            .ToList();
        if (recurring.Count > 0)
        {
            var (issue, attempts) = recurring[0];
            var others = recurring.Count == 1 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" ({recurring.Count - 1} other issue{(recurring.Count == 2 ? " recurs" : "s recur")} too)");
            return string.Create(CultureInfo.InvariantCulture,
                $"the same {GateIssueText.Label(issue.Check)} issue recurs in {Attempts(attempts)}{others}, so rework did not clear it: \"{issue.Message}\"{(issue.Target is null ? string.Empty : $" on \"{issue.Target}\"")}.");
        }

        var byAttempt = raised
            .GroupBy(r => r.Attempt)
            .OrderBy(g => g.Key)
            .Select(g => (Attempt: g.Key, Kinds: Join(g.Select(r => GateIssueText.Label(r.Issue.Check)).Distinct().Order(StringComparer.Ordinal).ToList())))
            .ToList();
        if (byAttempt.Count >= 2)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"no issue recurred: each rework cleared the issues it was given and the next attempt found new ones ({string.Join(", ", byAttempt.Select(a => $"{a.Kinds} in attempt {a.Attempt}"))}).");
        }

        var (only, kinds) = byAttempt[0];
        return only < lastAttempt
            ? string.Create(CultureInfo.InvariantCulture, $"no issue recurred: rework cleared the {kinds} issues of attempt {only}.")
            : string.Create(CultureInfo.InvariantCulture, $"only attempt {only} raised issues ({kinds}), and no rework followed it.");
    }

    private static string Attempts(IReadOnlyList<int> attempts) =>
        (attempts.Count == 1 ? "attempt " : "attempts ") + Join(attempts.Select(a => a.ToString(CultureInfo.InvariantCulture)).ToList());

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
