using System.Globalization;
using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The likely root cause of work the human rejected up to the approval gate's cap, read from the
/// human's reasons: a reason given in two or more attempts recurs (rework did not clear it) and is
/// quoted with its attempts; reasons all different mean each rework met a new objection. When every
/// rejection was of the same version, no rework changed the content, which is said in a sentence of
/// its own. The approval gate's counterpart of <see cref="EscalationRootCause"/>.
/// </summary>
internal static class ApprovalRootCause
{
    public static string Of(IReadOnlyList<ApprovalAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var rejections = attempts.Where(a => !a.Decision.Approved).ToList();
        if (rejections.Count == 0)
        {
            return "no rejection was recorded at the approval gate.";
        }

        var sentences = new List<string> { AboutTheReasons(rejections) };
        if (rejections.Count >= 2 && rejections.Select(r => r.Decision.VersionHash).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"no rework changed the content: all {rejections.Count} rejections were of v{rejections[0].Version}."));
        }

        return string.Join(" ", sentences.Select((s, i) => i == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
    }

    private static string AboutTheReasons(List<ApprovalAttempt> rejections)
    {
        var recurring = rejections
            .GroupBy(r => Reason(r.Decision), StringComparer.Ordinal)
            .Select(g => (Reason: g.Key, Who: g.Select(r => r.Decision.Approver).Distinct(StringComparer.Ordinal).ToList(), Attempts: g.Select(r => r.Attempt).ToList()))
            .Where(g => g.Attempts.Count >= 2)
            .OrderByDescending(g => g.Attempts.Count)
            .ThenBy(g => g.Attempts[0])
            .ToList();
        if (recurring.Count > 0)
        {
            var (reason, who, attempts) = recurring[0];
            var others = rejections.Select(r => Reason(r.Decision)).Distinct(StringComparer.Ordinal).Count() - 1;
            var tail = others == 0 ? string.Empty : $" ({CountWords.Of(others, "other reason")} given too)";
            return $"{Join(who)} gave the same reason in {Attempts(attempts)}{tail}, so rework did not clear it: {Quote(reason)}.";
        }

        if (rejections.Count == 1)
        {
            var only = rejections[0];
            return string.Create(CultureInfo.InvariantCulture, $"{only.Decision.Approver} rejected it in attempt {only.Attempt}: {Quote(Reason(only.Decision))}.");
        }

        var last = rejections[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"each rework met a new objection ({rejections.Count} different reasons in {Attempts([.. rejections.Select(r => r.Attempt)])}); the last, by {last.Decision.Approver}: {Quote(Reason(last.Decision))}.");
    }

    private static string Reason(ApprovalRecord decision) => decision.Reason.Trim();

    private static string Quote(string reason) => reason.Length == 0 ? "no reason given" : $"\"{reason}\"";

    private static string Attempts(IReadOnlyList<int> attempts) =>
        (attempts.Count == 1 ? "attempt " : "attempts ") + Join([.. attempts.Select(a => a.ToString(CultureInfo.InvariantCulture))]);

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
