using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's Weekly Status measured "Agreement between the agent's draft and the planner's decision: 89%" while the
/// same run's Dashboard and Trends had reviewers overriding 6% of drafts under a ceiling of 10% (retail-ops, seed 33):
/// an 89% agreement is an 11% override rate, above the ceiling the pilot claimed to hold. The agreement was a figure
/// drawn on its own ({pct:78-92}); it is now the rest of the override rate the run states, in every run of the pilot
/// line with each shipped client.
/// </summary>
public sealed partial class DraftAgreementTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void WeeklyStatus_SeedsOneToForty_AgreementIsTheRestOfTheOverrides(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var checkedCount = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var overrides = run.FactBase(seed).Find("override_actual")!.Value;
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "weekly_status"));
            foreach (var sentence in ProseReader.Paragraphs(deliverables["weekly_status"]).SelectMany(ProseReader.Sentences))
            {
                var m = Agreement().Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                checkedCount++;
                var agreement = int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                Assert.True(agreement + overrides == 100, $"{brief}, seed {seed}, weekly_status: drafts and decisions agree {agreement}% of the time, but reviewers override {overrides}% of drafts: {sentence}");
            }
        }

        Assert.True(checkedCount >= 15, $"{brief}: only {checkedCount} agreement figures in 40 seeds of the weekly status.");
    }

    [GeneratedRegex(@"(?:[Aa]greement between the agent's draft|[Dd]rafts matching the|reached the agent's answer in|the agent's draft and the \w+ agreed)\D*(?<n>\d+)%")]
    private static partial Regex Agreement();
}
