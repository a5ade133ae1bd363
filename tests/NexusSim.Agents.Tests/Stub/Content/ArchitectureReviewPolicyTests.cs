using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The architecture's Decision Rationale said "A person reviews only the actions above the risk threshold" (its table:
/// "Approval above a risk threshold", rejecting "Review of every action"), and the Agent Roles had "any action above a
/// set risk level" wait for a person, while the Human-in-the-Loop Control Flows of the same run required a person's
/// approval for "every write to a system of record, and every message leaving" the client, and the hospital brief has
/// clinicians sign every discharge pack (hospital-architecture, seeds 1 and 2). Review in the architecture follows
/// what an action changes: every write and outgoing message is approved, drafts are sampled, reads go unreviewed; no
/// sentence or table row of an architecture run limits a person's approval to actions above a risk threshold.
/// </summary>
public sealed partial class ArchitectureReviewPolicyTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_NoApprovalIsLimitedToActionsAboveARiskThreshold(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture");
        var writes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).Select(r => string.Join(" | ", r.Values)));
                foreach (var text in texts)
                {
                    Assert.False(OnlyAboveThreshold().IsMatch(text), $"{brief}, seed {seed}, {deliverable}: approval is limited to actions above a risk threshold, where every write needs a person's approval: {text}");
                    writes += WriteApproved().IsMatch(text) ? 1 : 0;
                }
            }
        }

        Assert.True(writes >= 40, $"{brief}: only {writes} sentences or rows in 40 seeds of the architecture line say a person approves every write.");
    }

    [GeneratedRegex(@"\b(?:action|actions)\b[^.|]*\babove (?:a |the |a set )?risk (?:threshold|level)\b|\babove (?:a |the |a set )?risk (?:threshold|level)\b[^.]*\brather than every action\b|\bapproval above a risk threshold\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAboveThreshold();

    [GeneratedRegex(@"\b(?:every|each|any) writes?\b[^.]*\b(?:approv\w*|a person)\b|\b(?:approv\w*|a person)\b[^.]*\b(?:every|each) write\b|\bwrite to a system of record \| Approval before the write\b", RegexOptions.IgnoreCase)]
    private static partial Regex WriteApproved();
}
