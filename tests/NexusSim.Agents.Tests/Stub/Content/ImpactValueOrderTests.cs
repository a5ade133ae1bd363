using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A table that rates use cases on impact and states their annual value never rates a use case higher on impact
/// while valuing it lower: the Quick-Win Brief of the default brief (seed 42) ranked "Exception triage" second with
/// High impact at $65K a year and "Drafting" third with Medium impact at $72K, though the heat map scores impact
/// on annual value first. Read over every deliverable of every service line, seeds 1–10, for every shipped brief.
/// </summary>
public sealed partial class ImpactValueOrderTests
{
    private static readonly Dictionary<string, int> Levels = new(StringComparer.OrdinalIgnoreCase) { ["Low"] = 1, ["Medium"] = 2, ["High"] = 3 };

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_UseCaseTables_HigherImpactNeverValuedLower(string firm, string briefPath)
    {
        var runs = ShippedBriefRun.Load(firm, briefPath).Runs(10, new ShippedBriefRun.RunOptions(AllLines: true));
        var problems = new List<string>();
        var tables = 0;
        foreach (var (run, deliverables) in runs)
        {
            foreach (var (type, markdown) in deliverables)
            {
                foreach (var rows in Tables(markdown))
                {
                    var header = Cells(rows[0]);
                    var impact = header.FindIndex(c => c.Equals("Impact", StringComparison.OrdinalIgnoreCase));
                    var value = header.FindIndex(c => c.Contains("value", StringComparison.OrdinalIgnoreCase));
                    if (impact < 0 || value < 0)
                    {
                        continue;
                    }

                    tables++;
                    var rated = rows.Skip(2).Select(Cells)
                        .Where(c => c.Count > Math.Max(impact, value) && Levels.ContainsKey(c[impact]) && Money().Match(c[value]).Success)
                        .Select(c => (Name: c[1], Level: Levels[c[impact]], Value: Amount(Money().Match(c[value]))))
                        .ToList();
                    problems.AddRange(from a in rated
                                      from b in rated
                                      where a.Level > b.Level && a.Value < b.Value
                                      select $"{run} {type}: '{a.Name}' rated higher on impact at {a.Value:N0} than '{b.Name}' at {b.Value:N0}");
                }
            }
        }

        Assert.True(firm != "agents" || briefPath != Path.Combine("briefs", "default.yaml") || tables > 0, "no use-case table read");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private static IEnumerable<List<string>> Tables(string markdown)
    {
        var current = new List<string>();
        foreach (var line in markdown.Split('\n').Append(string.Empty))
        {
            if (line.StartsWith('|'))
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                yield return current;
                current = [];
            }
        }
    }

    private static List<string> Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static double Amount(Match money)
    {
        var number = double.Parse(money.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return money.Groups[2].Value switch
        {
            "K" => number * 1_000,
            "M" => number * 1_000_000,
            _ => number,
        };
    }

    [GeneratedRegex(@"\$([\d,]+(?:\.\d+)?)([KM]?)")]
    private static partial Regex Money();
}
