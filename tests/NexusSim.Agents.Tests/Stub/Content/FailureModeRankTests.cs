using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Risk Taxonomy's Agentic Failure Modes said "In claims intake, the costliest would be an agent approving outside
/// its mandate, followed by leakage of customer data" and "Collusion between agents ranks lowest today", while the
/// same deliverable's Appetite Thresholds table gave data leakage the highest residual score (10 to 12, the only one
/// above its appetite) and could give collusion 5 against prompt injection's 4. A sentence of the Risk Taxonomy that
/// ranks a failure mode's risk highest or lowest (not its threshold) names, first, the mode the table scores highest or lowest, alone.
/// </summary>
public sealed partial class FailureModeRankTests
{
    private static readonly (string Mode, Regex Named)[] Modes =
    [
        ("Autonomous action beyond mandate", new(@"\bmandate\b|\boverreach", RegexOptions.IgnoreCase)),
        ("Cascading failure", new(@"\bcascad", RegexOptions.IgnoreCase)),
        ("Prompt injection", new(@"\binjection\b", RegexOptions.IgnoreCase)),
        ("Data leakage", new(@"\bleak", RegexOptions.IgnoreCase)),
        ("Hallucination with impact", new(@"\bhallucinat|\binvented\b|\bfabricat", RegexOptions.IgnoreCase)),
        ("Agent collusion", new(@"\bcollu", RegexOptions.IgnoreCase)),
    ];

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToSixty_RankedFailureModesMatchTheResidualScores(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "risk_taxonomy");
        var (tables, ranked) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var markdown = run.Run(seed, options)["risk_taxonomy"];
            var scores = TableReader.AllRows(markdown)
                .Where(r => r.ContainsKey("Failure mode") && r.ContainsKey("Residual score"))
                .ToDictionary(r => r["Failure mode"], r => NumberReader.Count(r["Residual score"]), StringComparer.Ordinal);
            Assert.True(scores.Count == Modes.Length, $"{brief}, seed {seed}: the Appetite Thresholds table scores {scores.Count} failure modes, not {Modes.Length}");
            tables++;
            foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
            {
                var claim = Thresholds().IsMatch(sentence) ? 0 : Highest().IsMatch(sentence) ? +1 : Lowest().IsMatch(sentence) ? -1 : 0;
                var named = Modes.Select(m => (m.Mode, At: m.Named.Match(sentence))).Where(m => m.At.Success).OrderBy(m => m.At.Index).Select(m => m.Mode).ToList();
                if (claim == 0 || named.Count == 0)
                {
                    continue;
                }

                ranked++;
                var score = scores[named[0]];
                var others = scores.Where(s => s.Key != named[0]).Select(s => s.Value).ToList();
                var holds = claim > 0 ? others.All(o => o < score) : others.All(o => o > score);
                Assert.True(holds, $"{brief}, seed {seed}: the sentence ranks {named[0]} {(claim > 0 ? "highest" : "lowest")}, but its residual score is {score} against {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value}"))}: {sentence}");
            }
        }

        Assert.True(tables == 60, $"{brief}: {tables} Appetite Thresholds tables in 60 seeds.");
        Assert.True(ranked >= 15, $"{brief}: only {ranked} sentences in 60 seeds rank a failure mode.");
    }

    [GeneratedRegex(@"\bcostliest\b|\blargest\b|\btops\b|\bhighest\b|\bgreatest\b|\bworst\b|\branks? first\b", RegexOptions.IgnoreCase)]
    private static partial Regex Highest();

    // "Injection and leakage have the lowest thresholds" ranks thresholds, which the table also states, not scores.
    [GeneratedRegex(@"\b(?:tolerance|threshold|limit)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thresholds();

    [GeneratedRegex(@"\blowest\b|\bleast\b|\bsmallest\b|\branks? last\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lowest();
}
