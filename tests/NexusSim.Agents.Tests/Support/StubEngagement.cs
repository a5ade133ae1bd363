using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Turns;
using NexusSim.Core.Approvals;
using NexusSim.Core.Briefs;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A whole engagement on the stub model, through the real kernels, filter, prompts and chain protocol, journaled in memory.</summary>
internal static class StubEngagement
{
    public static async Task<(EngagementHarness EngagementHarness, InMemoryRunJournal Journal)> RunAsync(FirmManifest manifest, ulong seed, StubOptions options, Brief? brief = null, Func<Microsoft.Extensions.AI.IChatClient, Microsoft.Extensions.AI.IChatClient>? wrap = null, IApprover? approver = null)
    {
        var library = ContentSamples.Library;
        var stub = new StubChatClient(new StubContext(seed, options, library, library.BannedPhrases, new DefectLedger()));
        var harness = new EngagementHarness(manifest, brief?.ServiceLine, wrap is null ? stub : wrap(stub), brief: brief, seed: seed);
        var prompts = PromptLibrary.Load(ContentSamples.PromptsDirectory, manifest, ChainProtocol.IntakeTask);
        var journal = new InMemoryRunJournal(TimeProvider.System);
        await journal.CreateRunAsync(new RunRecord(harness.State.RunId, "running", seed, "chain", harness.State.ServiceLine.Id, "m", "b", DateTimeOffset.UnixEpoch, "{}"), CancellationToken.None);
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = harness.State,
            Turns = new KernelTurnRunner(harness.Kernels, new PromptBuilder(prompts, harness.State), new TurnRunnerOptions()),
            Actions = new NexusSim.Agents.Actions.KernelActionInvoker(harness.Kernels),
            Approver = approver ?? PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed),
            Journal = journal,
            BannedPhrases = library.BannedPhrases,
            Clock = harness.Clock,
            Metrics = harness.Metrics,
        });
        await new ChainProtocol().RunAsync(session, CancellationToken.None);
        return (harness, journal);
    }
}
