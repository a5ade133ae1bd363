using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Model Strategy Brief's Cost Projection table wrote its "Cost per thousand cases" column in two styles at once,
/// "$326" and "$528" above "$2K" (the hospital brief, seed 1): each tier's cost was a share of headcount, so the
/// frontier tier crossed a thousand dollars and was rounded to thousands. Every cell of that column in a deliverable
/// is written one way: whole dollars, with no K, M or bn.
/// </summary>
public sealed partial class ModelCostColumnTests
{
    private const string Column = "Cost per thousand cases";

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToSixty_TheModelCostColumnHasOneFormat(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "model_strategy_brief");
        var (tables, cells) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var costs = TableReader.AllRows(markdown).Where(r => r.ContainsKey(Column)).Select(r => r[Column]).ToList();
                if (costs.Count == 0)
                {
                    continue;
                }

                tables++;
                cells += costs.Count;
                Assert.True(costs.All(c => WholeDollars().IsMatch(c)), $"{brief}, seed {seed}, {deliverable}: the '{Column}' column mixes formats or rounds to thousands: {string.Join(", ", costs)}");
            }
        }

        Assert.True(tables >= 15, $"{brief}: only {tables} model cost tables in 60 seeds.");
        Assert.True(cells >= 3 * tables, $"{brief}: only {cells} cost cells in {tables} tables.");
    }

    [GeneratedRegex(@"^\$\d{1,3}(?:,\d{3})*$")]
    private static partial Regex WholeDollars();
}
