using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>A table of weights (a column headed Weight) adds up to 100 %: criteria weighted 30, 24, 18, 12 and 11 % left 5 % unaccounted for.</summary>
public sealed partial class WeightTableTests
{
    [Fact]
    public void Compose_EveryLineOfTheDefaultBrief_WeightColumnsAddUpToAHundred()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var tables = 0;
        foreach (var seed in Enumerable.Range(1, 8))
        {
            foreach (var (type, markdown) in run.Run((ulong)seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var sum in WeightSums(markdown))
                {
                    Assert.True(sum == 100, $"seed {seed}, {type}: a weight column adds up to {sum} %");
                    tables++;
                }
            }
        }

        Assert.True(tables >= 3, $"Only {tables} weight tables were read.");
    }

    private static IEnumerable<int> WeightSums(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = Cells(lines[i]);
            var column = header.FindIndex(c => c.Equals("Weight", StringComparison.OrdinalIgnoreCase));
            if (column < 0 || !lines[i + 1].TrimStart().StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            var sum = 0;
            for (var r = i + 2; r < lines.Length && lines[r].TrimStart().StartsWith('|'); r++)
            {
                var cells = Cells(lines[r]);
                sum += column < cells.Count && Percent().Match(cells[column]) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            }

            yield return sum;
        }
    }

    private static List<string> Cells(string line) =>
        [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    [GeneratedRegex(@"^(\d+)%")]
    private static partial Regex Percent();
}
