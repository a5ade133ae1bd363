using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A conservative scenario whose three years of benefits do not repay its investment has a negative NPV and a
/// negative IRR. The investment case wrote its IRR as "below zero" (a missing IRR, held as 0 in the fact base) or, a
/// little above breakeven, as "0%" beside an NPV of -$175K (logistics brief, seed 8). Every IRR a table or the IRR
/// section's prose states is a figure with the sign of the rate at which the scenario's three-year NPV is zero (computed
/// here from its investment and annual benefit), within its written rounding, and never a bare zero (the default firm's
/// briefs through the roadmap line, but the hospital's, whose conservative case always repays within three years).
/// </summary>
public sealed class IrrSignTests
{
    [Theory]
    [InlineData("logistics-roadmap.yaml")]
    [InlineData("retail-ops.yaml")]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    public void InvestmentCase_SeedsOneToEighty_StatesEachIrrWithItsSign(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "investment_case");
        var (cells, negativeCells, sentences) = (0, 0, 0);
        for (ulong seed = 1; seed <= 80; seed++)
        {
            var facts = run.FactBase(seed);
            var irr = FactNames.Scenarios.ToDictionary(
                s => s,
                s => Irr((double)facts.Find("investment_" + s)!.Value, (double)facts.Find("benefit_" + s)!.Value),
                StringComparer.OrdinalIgnoreCase);
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var row in TableReader.AllRows(markdown).Where(r => r.ContainsKey("IRR") && irr.ContainsKey(r.Values.First())))
                {
                    var scenario = row.Values.First();
                    cells++;
                    negativeCells += irr[scenario] < 0 ? 1 : 0;
                    AssertStates(row["IRR"], irr[scenario], $"{brief}, seed {seed}, {deliverable}: the {scenario} row's IRR");
                }

                var conservative = facts.Find("irr_conservative")!.Text;
                foreach (var sentence in ProseReader.Paragraphs(string.Join('\n', ShippedBriefRun.SectionLines(markdown, "IRR")))
                             .SelectMany(ProseReader.Sentences).Where(s => s.Contains("conservative", StringComparison.Ordinal)))
                {
                    sentences++;
                    Assert.True(sentence.Contains(conservative, StringComparison.Ordinal), $"{brief}, seed {seed}, {deliverable}: the conservative IRR {conservative} is not what the sentence states: {sentence}");
                    AssertStates(conservative, irr["conservative"], $"{brief}, seed {seed}, {deliverable}: the conservative IRR in '{sentence}'");
                }
            }
        }

        Assert.True(cells >= 30, $"{brief}: only {cells} IRR table cells in 80 seeds.");
        Assert.True(negativeCells >= 3, $"{brief}: only {negativeCells} IRR table cells of a scenario that does not pay back in three years.");
        Assert.True(sentences >= 5, $"{brief}: only {sentences} IRR sentences name the conservative case in 80 seeds.");
    }

    // A stated IRR ("-6%", "0.4%") is the computed rate within half its last written digit, with the same sign.
    private static void AssertStates(string said, double irr, string where)
    {
        var percent = 100 * irr;
        var stated = 0m;
        Assert.True(said.EndsWith('%') && decimal.TryParse(said[..^1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out stated),
            $"{where} is '{said}', not a rate (about {percent:0.0}%)");
        var decimals = said.Contains('.', StringComparison.Ordinal) ? said.Length - said.IndexOf('.', StringComparison.Ordinal) - 2 : 0;
        var half = 0.5 / Math.Pow(10, decimals);
        Assert.True(Math.Abs((double)stated - percent) <= half + 1e-9, $"{where} is {said}, not about {percent:0.0}%");
        Assert.True(stated != 0 || Math.Abs(percent) < half, $"{where} reads {said} for a rate of {percent:0.00}%");
        Assert.True(Math.Sign(stated) == Math.Sign(percent) || Math.Abs(percent) < half, $"{where} is {said}: the rate is {percent:0.0}%");
    }

    // The rate at which the investment less three years of the annual benefit, discounted, is zero (bisection).
    private static double Irr(double investment, double benefit)
    {
        var (low, high) = (-0.99, 10.0);
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            var npv = -investment + Enumerable.Range(1, 3).Sum(t => benefit / Math.Pow(1 + mid, t));
            (low, high) = npv > 0 ? (mid, high) : (low, mid);
        }

        return (low + high) / 2;
    }
}
