using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's Weekly Status narrowed a tool so "the case agent's read access now stops at the current case; it no
/// longer sees the customer's history" (retail-ops, seed 33): a store replenishment case has no customer, and a
/// discharge case has a patient. The adjustment now says the agent no longer reads earlier cases, which fits every
/// client's process, in every run of the pilot line with each shipped client.
/// </summary>
public sealed partial class ScopeNarrowingWordsTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void WeeklyStatus_SeedsOneToForty_NarrowedScopeNamesNoCustomer(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var narrowed = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "weekly_status"))["weekly_status"], "Adjustments");
            foreach (var line in section.Where(l => Narrowed().IsMatch(l)))
            {
                narrowed++;
                Assert.False(Party().IsMatch(line), $"{brief}, seed {seed}, weekly_status, Adjustments: the narrowed scope assumes whose case it is: {line}");
            }
        }

        Assert.True(narrowed >= 10, $"{brief}: only {narrowed} narrowed tool scopes in 40 seeds of the weekly status.");
    }

    [GeneratedRegex(@"\bcurrent case\b|\bcase in hand\b")]
    private static partial Regex Narrowed();

    [GeneratedRegex(@"\b(?:customer|patient|client|policyholder)'s\b|\bcustomers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Party();
}
