using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// A Key facts entry named after a figure of the brief (the fee, the programme budget, the headcount) states
/// that figure: the legal firm's line once read "fee = $150K", its client's budget, for a $60K matter.
/// </summary>
public sealed partial class KeyFactsBriefValuesTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void KeyFacts_EntryNamedForABriefFigure_StatesTheBriefsValue(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["fee"] = run.Brief.EngagementFeeUsd,
            ["budget"] = run.Brief.BudgetUsd,
            ["headcount"] = run.Brief.Headcount,
        };
        var checkedEntries = 0;

        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var line = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("Key facts:", StringComparison.Ordinal));
                Assert.NotNull(line);
                foreach (var entry in line["Key facts:".Length..].Split(';'))
                {
                    var parts = entry.Split('=', 2);
                    var label = parts[0].Trim().ToLowerInvariant();
                    var named = expected.Keys.Where(k => Regex.IsMatch(label, $@"\b{k}\b")).ToList();
                    if (parts.Length < 2 || named.Count != 1)
                    {
                        continue;
                    }

                    Assert.True(
                        expected[named[0]] == Amount(parts[1]),
                        $"{briefPath} seed {seed}, {deliverable}: '{entry.Trim()}' should state the brief's {named[0]} ({expected[named[0]].ToString(CultureInfo.InvariantCulture)}).");
                    checkedEntries++;
                }
            }
        }

        Assert.True(checkedEntries > 0, $"{briefPath}: no Key facts entry names the fee, budget or headcount.");
    }

    // "$150K", "$4M", "$6.5M", "3,800" (citations dropped) as a number.
    private static decimal Amount(string text)
    {
        var match = Figure().Match(Citation().Replace(text, string.Empty));
        Assert.True(match.Success, $"No figure in '{text}'.");
        var value = decimal.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "K" => value * 1_000m,
            "M" => value * 1_000_000m,
            "B" => value * 1_000_000_000m,
            _ => value,
        };
    }

    [GeneratedRegex(@"\$?(\d[\d,]*(?:\.\d+)?)\s*([KMB]?)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\[S\d+\]")]
    private static partial Regex Citation();
}
