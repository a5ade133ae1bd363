using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Board Report's Key Risk Indicators said "Each indicator has a threshold the board has approved" and the
/// Training's Executives walked through "the appetite the board has set" (insurer-claims, seeds 3 and 11), while the
/// board had yet to see the framework it is to adopt and the risk committee "had never been asked to set an appetite":
/// approvals the governance deliverables themselves put to the board, stated as given. The indicators' thresholds and
/// the appetite are now put to the board (for it to approve or confirm), in every governance run of every shipped brief.
/// </summary>
public sealed partial class BoardApprovalTenseTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRuns_SeedsOneToForty_NoThresholdOrAppetiteIsAlreadyApprovedByTheBoard(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var boardSentences = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "policy_suite")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    if (BoardOnThresholdOrAppetite().IsMatch(sentence))
                    {
                        boardSentences++;
                    }

                    Assert.False(AlreadyApproved().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: a threshold or appetite the board has already approved, before it has adopted the framework: {sentence}");
                }
            }
        }

        Assert.True(boardSentences >= 20, $"{brief}: only {boardSentences} sentences on the board and a threshold or the appetite in 40 seeds of the governance line.");
    }

    [GeneratedRegex(@"\bboard\b.*\b(?:thresholds?|appetite)\b|\b(?:thresholds?|appetite)\b.*\bboard\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoardOnThresholdOrAppetite();

    [GeneratedRegex(@"\bboard-approved\b|\bboard (?:has )?approved\b|\bboard has (?:set|agreed|adopted)\b|\bappetite it has set\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyApproved();
}
