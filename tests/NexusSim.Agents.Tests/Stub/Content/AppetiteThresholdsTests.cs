using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Risk Taxonomy's "Appetite Thresholds" (SERVICES.md: failure modes, scoring, appetite thresholds) once
/// stated no threshold: the heading fell through to the generic taxonomy block. Every seed now shows a
/// residual score and a threshold per failure mode, each row's decision follows from its two figures, and
/// every score threshold and override ceiling the governance deliverables state is one value per run.
/// </summary>
public sealed partial class AppetiteThresholdsTests
{
    private static readonly Lazy<ShippedBriefRun> Insurer = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml")));

    [Fact]
    public void Compose_AppetiteThresholds_TableOfResidualScoresWhoseDecisionsFollowFromTheFigures()
    {
        for (ulong seed = 1; seed <= 15; seed++)
        {
            var section = Section(Insurer.Value.Run(seed)["risk_taxonomy"], "Appetite Thresholds");
            var rows = section.Split('\n').Where(l => l.StartsWith('|')).Skip(2).ToList();

            Assert.True(rows.Count >= 6, $"seed {seed}: Appetite Thresholds shows no table of failure modes:\n{section}");
            foreach (var row in rows)
            {
                var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToList();
                var residual = FirstNumber(cells[1]);
                var threshold = FirstNumber(cells[2]);
                var above = cells[3].StartsWith("Above", StringComparison.Ordinal);
                Assert.True(above == (residual > threshold), $"seed {seed}: '{row}' decides against its own figures.");
            }
        }
    }

    [Fact]
    public void Compose_GovernanceLine_ScoreThresholdAndOverrideCeilingAreOneValuePerRun()
    {
        var stated = 0;
        for (ulong seed = 1; seed <= 15; seed++)
        {
            var run = Insurer.Value.Run(seed);
            var all = string.Join("\n", run.Values);
            var table = Section(run["risk_taxonomy"], "Appetite Thresholds").Split('\n').Where(l => l.StartsWith('|')).Skip(2)
                .Select(r => r.Trim('|').Split('|').Select(c => c.Trim()).ToList()).ToList();
            var general = table.Where(c => c[0] is "Autonomous action beyond mandate" or "Agent collusion").Select(c => FirstNumber(c[2])).Distinct().ToList();

            Assert.Single(general);
            foreach (Match score in OutOfTwentyFive().Matches(all))
            {
                Assert.True(int.Parse(score.Groups[1].Value, CultureInfo.InvariantCulture) == general[0], $"seed {seed}: '{score.Value}' beside a table whose threshold is {general[0]}.");
                stated++;
            }

            var ceilings = OverrideCeiling().Matches(all).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.True(ceilings.Count == 1, $"seed {seed}: override ceilings {string.Join(", ", ceilings)}.");
        }

        Assert.True(stated >= 10, $"Only {stated} statements of the score threshold in 15 seeds.");
    }

    private static int FirstNumber(string cell) => int.Parse(Number().Match(cell).Value, CultureInfo.InvariantCulture);

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}'");
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    // "above 13 out of 25", "over 13 of a possible 25" (once "13 of twenty-five").
    [GeneratedRegex(@"\b(\d+) (?:out of|of a possible|of) (?:25|twenty-five)\b")]
    private static partial Regex OutOfTwentyFive();

    // "override rate ceiling = 12%", "Below 12%" (the indicator), "override rate above 12%", "override rate of 12%".
    [GeneratedRegex(@"(?:override rate ceiling = |override rate (?:above |of |passes |exceeds )|Reviewer override rate \| (?:Below|Above) )(\d+)%")]
    private static partial Regex OverrideCeiling();
}
