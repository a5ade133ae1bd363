using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The policy suite's cap on a reviewer's approvals leaves the reviewer time to disagree, and reads as its own
/// figure. It read "Human oversight is only real if the person has time and authority to disagree. Reviewers
/// therefore approve at most 29 cases an hour" (two minutes a case), in the run whose training stated "29 staff
/// in scope" (the insurer brief, seed 1): a cap drawn from 20 to 40 beside a staff count drawn from 11 to 30.
/// </summary>
public sealed partial class ReviewerHourlyCapTests
{
    [Fact]
    public void PolicySuite_SeedsOneToSixty_CapLeavesFiveMinutesACaseAndIsNotTheStaffInScope()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var caps = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var deliverables = run.Run(seed);
            var all = string.Join('\n', deliverables.Values);
            var staff = StaffInScope().Matches(all).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);
            foreach (Match cap in HourlyCap().Matches(all))
            {
                caps++;
                var value = cap.Groups["n"].Value;
                Assert.True(int.Parse(value, CultureInfo.InvariantCulture) <= 12, $"seed {seed}: '{cap.Value}' leaves a reviewer under five minutes a case to disagree");
                Assert.False(staff.Contains(value), $"seed {seed}: '{cap.Value}' in a run with {value} staff in scope");
            }
        }

        Assert.True(caps >= 5, $"Only {caps} reviewer caps in 60 seeds.");
    }

    [GeneratedRegex(@"at most (?<n>\d+) cases an hour|approves per hour at (?<n>\d+)|reviewer to (?<n>\d+) approvals an hour")]
    private static partial Regex HourlyCap();

    [GeneratedRegex(@"(?<n>\d+) staff(?: are)? in scope|(?<n>\d+) staff, chosen")]
    private static partial Regex StaffInScope();
}
