using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>Building blocks of scripted turns.</summary>
internal static class Scripts
{
    public static (string, Dictionary<string, object?>) Verdict(AgentTurn turn, string verdict, string evidence = "Checked ## Summary and ## Competitors.") =>
        (ActionIds.RecordGateVerdict, new()
        {
            [ActionArgs.DeliverableId] = turn.DeliverableId,
            [ActionArgs.GateId] = turn.GateId,
            [ActionArgs.VersionHash] = turn.Artifacts[^1].ContentHash,
            [ActionArgs.Verdict] = verdict,
            [ActionArgs.Evidence] = evidence,
            [ActionArgs.Issues] = verdict == "pass" ? null : "- [review] Not yet convincing \"Summary\"",
        });

    public static (string, Dictionary<string, object?>) Submit(AgentTurn turn, string content) =>
        (ActionIds.SubmitDeliverable, new() { [ActionArgs.DeliverableId] = turn.DeliverableId, [ActionArgs.Content] = content });

    public static (string, Dictionary<string, object?>) Resolve(AgentTurn turn, string option, string? assignee = null) =>
        (ActionIds.ResolveEscalation, new()
        {
            [ActionArgs.EscalationId] = turn.EscalationId,
            [ActionArgs.Option] = option,
            [ActionArgs.Reason] = "Decided in the test.",
            [ActionArgs.Assignee] = assignee,
        });
}
