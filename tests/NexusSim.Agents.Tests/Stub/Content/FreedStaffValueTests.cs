using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Quick-Win Brief's first opportunity said agent-assisted loan origination "frees 32 staff for higher-value work"
/// (1 to 3 % of headcount) while the Use-Case Heat Map of the same engagement valued that use case at $421K a year
/// (12,380 cases at $34 each): 32 people's pay is several times the whole value (the default brief, seed 7). The
/// opportunity now states the value the heat map states, and no sentence of an assessment run frees more staff than
/// that value would pay for at $40K a head (a low loaded cost, so the check is lenient).
/// </summary>
public sealed partial class FreedStaffValueTests
{
    private const decimal LowestLoadedCost = 40_000m;

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_TheFirstOpportunityStatesTheUseCaseValueAndFreesNoMoreStaffThanItPays(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "quick_win_brief");
        var bullets = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var value = run.FactBase(seed).Find("usecase_value")!;
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    var freed = FreedStaff().Match(sentence);
                    if (freed.Success)
                    {
                        var staff = NumberReader.Count(freed.Groups["n"].Value);
                        Assert.True(staff * LowestLoadedCost <= value.Value, $"{brief}, seed {seed}, {deliverable}: {staff} staff freed cost more than the use case's whole value of {value.Text} a year: {sentence}");
                    }
                }

                foreach (var line in markdown.Split('\n').Where(l => l.StartsWith("- Agent-assisted ", StringComparison.Ordinal) && l.Contains("by the target of", StringComparison.Ordinal)))
                {
                    bullets++;
                    Assert.True(line.Contains(value.Text, StringComparison.Ordinal), $"{brief}, seed {seed}, {deliverable}: the first opportunity does not state the use case's value, {value.Text} a year, as the heat map does: {line}");
                }
            }
        }

        Assert.True(bullets >= 5, $"{brief}: only {bullets} first-opportunity bullets in 40 seeds.");
    }

    [GeneratedRegex(@"\b(?:frees|releases|freeing|releasing)\s+(?:up\s+)?(?<n>\d[\d,]*)\s+(?:staff|people|full-time)", RegexOptions.IgnoreCase)]
    private static partial Regex FreedStaff();
}
