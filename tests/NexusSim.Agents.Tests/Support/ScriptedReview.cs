using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// A gate review turn on the shipped firm's first deliverable (one submitted version), whose model is
/// scripted to record a passing verdict with evidence on that version (or on <c>hashInCall</c>).
/// </summary>
internal static class ScriptedReview
{
    public static (EngagementHarness Engagement, AgentTurn Turn, string Hash) Create(ScriptedChatClient model, bool endsWithVerdict, string? hashInCall = null)
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);
        var deliverable = engagement.State.Deliverables[0];
        var hash = engagement.Submit(deliverable.Id, "# Draft\n\n## Findings\n\nA finding [S1].\n");
        var gate = deliverable.Type.Gates.Select(engagement.Manifest.Gate).First(g => g.Kind == GateKind.Review);
        var reviewer = gate.Owners.First(o => o != deliverable.Type.Author);
        model.Enqueue(ScriptedReply.Call(ActionIds.RecordGateVerdict, Args.Of(
            (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.GateId, gate.Id), (ActionArgs.VersionHash, hashInCall ?? hash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Findings: 'A finding [S1]' traced to [S1]."))));
        var artifact = new ArtifactView(deliverable.Id, deliverable.Type.Name, 1, hash, deliverable.Current!.Markdown);
        var task = engagement.Manifest.Chains.SelectMany(c => c.Steps).First(s => s.Mode == StepMode.Review).Task;
        var turn = new AgentTurn("0002-review", reviewer, task, StepMode.Review, deliverable.Id, gate.Id, 1, EngagementHarness.Lane, null, [artifact], []) { EndsWithVerdict = endsWithVerdict };
        return (engagement, turn, hash);
    }
}
