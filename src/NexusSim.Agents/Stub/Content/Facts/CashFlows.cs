namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The investment arithmetic the fact base states: an upfront investment, then the same benefit at
/// the end of each year. Written for the writing side; the gates recompute with their own code.
/// </summary>
internal static class CashFlows
{
    /// <summary>Net present value: the discounted benefits of <paramref name="years"/> years less the investment.</summary>
    public static double NetPresentValue(double investment, double annualBenefit, double rate, int years) =>
        Enumerable.Range(1, years).Sum(t => annualBenefit / Math.Pow(1 + rate, t)) - investment;

    /// <summary>The internal rate of return (Newton's method from 10%); null when the benefits never repay the investment.</summary>
    public static double? InternalRateOfReturn(double investment, double annualBenefit, int years)
    {
        if (annualBenefit * years <= investment)
        {
            return null;
        }

        var rate = 0.1;
        for (var i = 0; i < 200; i++)
        {
            var value = NetPresentValue(investment, annualBenefit, rate, years);
            var slope = Enumerable.Range(1, years).Sum(t => -t * annualBenefit / Math.Pow(1 + rate, t + 1));
            var next = rate - (value / slope);
            if (Math.Abs(next - rate) < 1e-10)
            {
                return next;
            }

            rate = Math.Max(next, -0.95);
        }

        return rate;
    }

    /// <summary>Months until the cumulative benefit covers the investment, rounded to the nearest month.</summary>
    public static int PaybackMonths(double investment, double annualBenefit) =>
        (int)Math.Round(12 * investment / annualBenefit, MidpointRounding.AwayFromZero);
}
