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

    /// <summary>
    /// The internal rate of return: the rate at which <see cref="NetPresentValue"/> is zero, by bisection between −99%
    /// and 1,000%. Negative when the benefits of <paramref name="years"/> years do not repay the investment: a case
    /// that does not pay back within its horizon has a negative IRR, stated as such, never a zero.
    /// </summary>
    public static double InternalRateOfReturn(double investment, double annualBenefit, int years)
    {
        var (low, high) = (-0.99, 10.0);
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            if (NetPresentValue(investment, annualBenefit, mid, years) > 0)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>Months until the cumulative benefit covers the investment, rounded to the nearest month.</summary>
    public static int PaybackMonths(double investment, double annualBenefit) =>
        (int)Math.Round(12 * investment / annualBenefit, MidpointRounding.AwayFromZero);
}
