using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot runs in one business unit (the retail brief: one region of 22 of 140 stores), yet its weekly volume was
/// drawn on its own, from 300 to 900 cases, beside a process whose whole annual volume the same engagement states. The
/// retail brief's seed 1 had the Weekly Status and the Dashboard at "541 cases" this week while the Scale-Up Case
/// extended the pilot "to all of demand forecasting ... on 19,360 cases a year" and the Results Report's case history
/// held 19,360 cases: 541 a week is 28,132 a year, more than the whole process, from one region. Seed 3 had 642. The
/// week the pilot reports is now a share of the process's weekly volume, and the first supervised week, the first
/// month and the shadow-mode cases are shares of it: a week's cases, times 52, stay within half the annual volume the
/// run states, and shadow mode (two or three weeks, before supervised work) processed no more than three latest weeks.
/// </summary>
public sealed partial class PilotShareOfVolumeTests
{
    [Theory]
    [InlineData("retail-ops.yaml")]
    [InlineData("default.yaml")]
    [InlineData("insurer-claims.yaml")]
    [InlineData("logistics-roadmap.yaml")]
    public void PilotRun_SeedsOneToSixty_TheUnitsWeekIsAShareOfTheProcesssYear(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "weekly_status");
        var (annuals, weeks, months, shadows) = (0, 0, 0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var deliverables = run.Run(seed, options);
            var annual = new HashSet<long>();
            var weekly = new List<(string Deliverable, long Cases, string Text)>();
            var later = new List<(string Deliverable, long Cases, int Weeks, string Text)>();
            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var row in TableReader.Rows(ShippedBriefRun.SectionLines(markdown, "ROI from Pilot Actuals")).Where(r => r.GetValueOrDefault("Step", "").StartsWith("Annual cases", StringComparison.Ordinal)))
                {
                    annual.Add(Count(row["Figure"]));
                }

                foreach (var row in TableReader.Rows(ShippedBriefRun.SectionLines(markdown, "Data")).Where(r => r.GetValueOrDefault("Data set") == "Case history"))
                {
                    annual.Add(Count(row["Records"]));
                }

                foreach (var row in TableReader.Rows(ShippedBriefRun.SectionLines(markdown, "System Health")).Where(r => r.GetValueOrDefault("Measure") == "Cases processed by agents"))
                {
                    weekly.Add((deliverable, Count(row["This week"]), "System Health: " + row["This week"]));
                }

                foreach (var row in TableReader.Rows(ShippedBriefRun.SectionLines(markdown, "Run Log")).Where(r => r.GetValueOrDefault("Week") == "Latest week"))
                {
                    weekly.Add((deliverable, Count(row["Cases run"]), "Run Log, latest week: " + row["Cases run"]));
                }

                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    var cases = CasesCount().Match(sentence);
                    if (YearCases().Match(sentence) is { Success: true } perYear)
                    {
                        annual.Add(Count(perYear.Groups["n"].Value));
                    }
                    else if (!cases.Success)
                    {
                        continue;
                    }
                    else if (sentence.Contains("this week", StringComparison.OrdinalIgnoreCase) || sentence.Contains("on the week before", StringComparison.Ordinal)
                             || sentence.Contains("on last week", StringComparison.Ordinal) || sentence.Contains("than last week", StringComparison.Ordinal))
                    {
                        weekly.Add((deliverable, Count(cases.Groups["n"].Value), sentence));
                    }
                    else if (sentence.Contains("first month", StringComparison.OrdinalIgnoreCase))
                    {
                        later.Add((deliverable, Count(cases.Groups["n"].Value), 4, sentence));
                    }
                    else if (sentence.Contains("shadow mode", StringComparison.OrdinalIgnoreCase) || sentence.Contains("shadow comparison", StringComparison.Ordinal))
                    {
                        later.Add((deliverable, Count(cases.Groups["n"].Value), 3, sentence));
                    }
                }
            }

            if (annual.Count == 0)
            {
                continue;
            }

            annuals++;
            Assert.True(annual.Count == 1, $"{brief}, seed {seed}: the run states the process's annual cases as {string.Join(" and ", annual)}.");
            var year = annual.Single();
            var latest = 0L;
            foreach (var (deliverable, cases, text) in weekly)
            {
                weeks++;
                latest = Math.Max(latest, cases);
                Assert.True(cases * 52 <= year / 2,
                    $"{brief}, seed {seed}, {deliverable}: {cases} cases a week is {cases * 52:N0} a year, beside a process of {year:N0} cases a year that the pilot's one unit is a part of: {text}");
            }

            foreach (var (deliverable, cases, span, text) in later.Where(_ => latest > 0))
            {
                if (span == 4)
                {
                    months++;
                }
                else
                {
                    shadows++;
                }

                Assert.True(cases <= span * latest,
                    $"{brief}, seed {seed}, {deliverable}: {cases} cases, more than {span} latest weeks of {latest} (the first month is four weeks of supervised work, shadow mode two or three, both before the latest week): {text}");
            }
        }

        Assert.True(annuals >= 30 && weeks >= 60 && months >= 5 && shadows >= 5,
            $"{brief}: only {annuals} runs stating the annual volume, {weeks} weekly volumes, {months} first months and {shadows} shadow-mode counts beside a latest week in 60 seeds.");
    }

    private static long Count(string text) =>
        long.Parse(Number().Match(text).Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\d.$])(?<n>\d[\d,]*) cases\b")]
    private static partial Regex CasesCount();

    [GeneratedRegex(@"(?<n>\d[\d,]*) cases (a year|at \$)")]
    private static partial Regex YearCases();
}
