using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The model strategy's tiers split the model calls between them: the shares add up to 100%. Drawn one per
/// row, they read "55% / 25% / 5%" (85%) in one run of the hospital architecture and "63% / 28% / 12%" (103%)
/// in another.
/// </summary>
public sealed partial class ModelCallShareTests
{
    private static readonly Lazy<ShippedBriefRun> Hospital = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml")));

    [Fact]
    public void ModelStrategy_SeedsOneToThirty_SharesOfCallsAddUpToAHundred()
    {
        var tables = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in Hospital.Value.Run(seed))
            {
                var lines = markdown.Split('\n');
                var header = Array.FindIndex(lines, l => l.Contains("| Share of calls |", StringComparison.Ordinal));
                if (header < 0)
                {
                    continue;
                }

                tables++;
                var column = Array.IndexOf(TableReader.Cells(lines[header]), "Share of calls");
                var shares = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
                    .Select(l => int.Parse(Percent().Match(TableReader.Cells(l)[column]).Groups[1].Value, CultureInfo.InvariantCulture))
                    .ToList();

                Assert.True(shares.Sum() == 100, $"seed {seed}, {deliverable}: shares of calls {string.Join(" + ", shares)} = {shares.Sum()}%");
            }
        }

        Assert.True(tables >= 5, $"Only {tables} model-call tables in 30 seeds.");
    }

    [GeneratedRegex(@"(\d+)%")]
    private static partial Regex Percent();
}
