using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The cost model's three-year table grew "Compute and model usage" from $473K to $820K and the run team from $398K
/// to $453K, yet its prose said "Of the lines, only model usage grows with adoption ..., and the run team grows only in
/// year two" (hospital-architecture, seed 6), and put the growth on model usage, a bill the model strategy projects at
/// a few tens of thousands a year. The prose now says what the table shows: compute and model usage grows with
/// production, platform and licences stay flat, and the run team is added to once, in year two.
/// </summary>
public sealed partial class TcoTrendTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_TheTcoProseSaysWhatItsTableShows(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var tables = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture")))
            {
                var section = ShippedBriefRun.SectionLines(markdown, "Three-Year Total Cost of Ownership");
                var rows = TableReader.Rows(section).Where(r => r.ContainsKey("Cost line")).ToDictionary(r => r["Cost line"], r => new[] { Money(r["Year one"]), Money(r["Year two"]), Money(r["Year three"]) });
                if (rows.Count == 0)
                {
                    continue;
                }

                tables++;
                var where = $"{brief}, seed {seed}, {deliverable}";
                var growing = rows.Where(r => r.Value[2] > r.Value[0]).Select(r => r.Key).ToList();
                foreach (var sentence in ProseReader.Paragraphs(string.Join("\n", section)).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in Grows().Matches(sentence))
                    {
                        var line = m.Groups["line"].Value;
                        var row = rows.Keys.SingleOrDefault(k => k.Equals(line, StringComparison.OrdinalIgnoreCase));
                        Assert.True(row is not null, $"{where}: the prose says '{line}' grows, a line the table does not have: {sentence}");
                        Assert.True(growing.Contains(row), $"{where}: the prose says {line} grows, the table keeps it flat: {sentence}");
                        Assert.False(m.Groups["only"].Success && growing.Count > 1, $"{where}: the prose says only {line} grows, the table grows {string.Join(" and ", growing)}: {sentence}");
                    }

                    if (sentence.Contains("run team", StringComparison.Ordinal) && YearTwo().IsMatch(sentence))
                    {
                        var team = rows.Single(r => r.Key.StartsWith("Run team", StringComparison.Ordinal)).Value;
                        Assert.True(team[1] > team[0] && team[2] == team[1], $"{where}: the prose adds to the run team in year two alone, the table has {string.Join(", ", team)}: {sentence}");
                    }

                    if (Flat().IsMatch(sentence))
                    {
                        var platform = rows.Single(r => r.Key.StartsWith("Platform", StringComparison.Ordinal)).Value;
                        Assert.True(platform.Max() - platform.Min() <= platform.Min() / 10, $"{where}: the prose keeps platform costs flat, the table has {string.Join(", ", platform)}: {sentence}");
                    }
                }
            }
        }

        Assert.True(tables >= 10, $"{brief}: only {tables} three-year cost tables in 40 seeds of the architecture line.");
    }

    private static decimal Money(string cell)
    {
        var m = Amount().Match(cell);
        Assert.True(m.Success, $"not a sum of money: {cell}");
        var n = decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return n * (m.Groups["k"].Value == "K" ? 1_000m : m.Groups["k"].Value == "M" ? 1_000_000m : 1m);
    }

    [GeneratedRegex(@"\$(?<n>\d[\d,]*(?:\.\d+)?)(?<k>[KM]?)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<only>\bonly )?\b(?<line>compute and model usage|model usage|compute|platform and licences|run team)\b(?: is the line that)? (?:grows|rises)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grows();

    [GeneratedRegex(@"\bin year two\b|\bonly in year two\b")]
    private static partial Regex YearTwo();

    [GeneratedRegex(@"\bplatform\b[^.;]*\b(?:fixed|flat|hardly move)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Flat();
}
