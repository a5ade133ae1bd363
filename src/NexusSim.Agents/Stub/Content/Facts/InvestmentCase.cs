using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The investment case's three scenarios for scaling the first use case, each stated once: adoption
/// (drawn), investment (the cost of scaling that use case, in proportion to the scenario), annual benefit
/// (use-case value × adoption), and NPV, IRR (negative when the scenario does not pay back within the years counted) and payback computed from them by <see cref="CashFlows"/>
/// at the fact base's discount rate. The cost of scaling is sized to the use case it scales (an
/// engagement estimate of 1.0–1.8 times its annual value), never above the first wave's funding (the
/// programme budget pays for the whole programme, not for one use case, so a case built on it paid back
/// in decades) and never above what the base case's benefits repay within the years counted: the base case is
/// the one recommended, and a first use case that did not clear the client's discount rate would not be first.
/// </summary>
internal static class InvestmentCase
{
    private static readonly (string Scenario, int AdoptionMin, int AdoptionMax, decimal InvestmentShare)[] Shapes =
        [("conservative", 45, 55, 1.10m), ("base", 65, 75, 1.00m), ("aggressive", 85, 92, 1.05m)];

    public static void Add(FactBase facts, DeterministicRandom random, int years)
    {
        var rate = (double)facts.Value("discount_rate") / 100.0;
        var value = facts.Value(FactNames.UseCaseValue);
        var multiple = Math.Round((decimal)(1.0 + (random.Next(0, 81) / 100.0)), 2);
        var adoptions = Shapes.Select(s => random.Next(s.AdoptionMin, s.AdoptionMax + 1)).ToArray();
        for (var i = 0; i < Shapes.Length; i++)
        {
            facts.Add(new Fact("adoption_" + Shapes[i].Scenario, adoptions[i], Formats.Percent(adoptions[i]), FactOrigin.Engagement, "estimate", $"adoption assumed in the {Shapes[i].Scenario} scenario", []));
        }

        // The base case is the one every line recommends (and the board is asked to fund): the first use case is the
        // one that pays for the next, so its scaling costs no more than the base case's benefits repay within the
        // years counted at the client's discount rate. A conservative scenario may still fall short.
        var repaid = (decimal)Math.Floor(CashFlows.NetPresentValue(0, (double)Benefit(value, adoptions[BaseCase]), rate, years));
        var scaling = Math.Min(Math.Min(Math.Round(value * multiple, 0), facts.Value("first_wave")), repaid);
        facts.Add(Fact.Computed("scale_cost", scaling, Formats.Money(scaling), "estimate",
            $"cost of scaling the first use case: {multiple} × usecase_value, at most first_wave and at most what the base case's benefits repay in {years} years at discount_rate",
            FactNames.UseCaseValue, "first_wave", "adoption_base", "discount_rate"));
        for (var i = 0; i < Shapes.Length; i++)
        {
            var (scenario, _, _, share) = Shapes[i];
            var investment = Math.Round(scaling * share, 0);
            facts.Add(Fact.Computed("investment_" + scenario, investment, Formats.Money(investment), "finance", $"scale_cost × {share}", "scale_cost"));
            var benefit = Benefit(value, adoptions[i]);
            facts.Add(Fact.Computed("benefit_" + scenario, benefit, Formats.Money(benefit), "estimate", "usecase_value × adoption", FactNames.UseCaseValue, "adoption_" + scenario));
            var npv = (decimal)CashFlows.NetPresentValue((double)investment, (double)benefit, rate, years);
            facts.Add(Fact.Computed("npv_" + scenario, Math.Round(npv, 0), SignedMoney(npv), "estimate", $"NPV over {years} years at discount_rate", "investment_" + scenario, "benefit_" + scenario, "discount_rate"));
            var irr = CashFlows.InternalRateOfReturn((double)investment, (double)benefit, years);
            facts.Add(Fact.Computed("irr_" + scenario, (decimal)Math.Round(irr * 100, 1), IrrText(irr), "estimate", $"IRR over {years} years", "investment_" + scenario, "benefit_" + scenario));
            var payback = CashFlows.PaybackMonths((double)investment, (double)benefit);
            facts.Add(Fact.Computed("payback_" + scenario, payback, Formats.Count(payback), "estimate", "12 × investment ÷ annual benefit, in months", "investment_" + scenario, "benefit_" + scenario));
        }
    }

    private static readonly int BaseCase = Array.FindIndex(Shapes, s => s.Scenario == "base");

    private static decimal Benefit(decimal value, int adoption) => Math.Round(value * adoption / 100m, 0);

    // The IRR as computed, negative when the scenario does not pay back within its years ("-6%"); one that rounds to a
    // whole 0% keeps a decimal ("0.4%", "-0.3%"), so a rate a little below zero never reads as zero beside a negative NPV.
    private static string IrrText(double irr)
    {
        var percent = irr * 100;
        var whole = Math.Round(percent, MidpointRounding.AwayFromZero);
        if (whole != 0)
        {
            return Formats.Percent((int)whole);
        }

        var tenths = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        return (tenths == 0 ? 0.0 : tenths).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
    }

    private static string SignedMoney(decimal value) => value < 0 ? "-" + Formats.Money(-value) : Formats.Money(value);
}
