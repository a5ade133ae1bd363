using Microsoft.Extensions.AI;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Turns;
using NexusSim.Core.Approvals;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A whole engagement on the stub model under any protocol, through the real kernels, filter and prompts, journaled in memory.</summary>
internal sealed class ProtocolEngagement
{
    private ProtocolEngagement(EngagementHarness harness, InMemoryRunJournal journal, EngagementSession session, RecordingTurnRunner turns)
    {
        Harness = harness;
        Journal = journal;
        Session = session;
        Turns = turns;
    }

    public EngagementHarness Harness { get; }

    public InMemoryRunJournal Journal { get; }

    public EngagementSession Session { get; }

    public RecordingTurnRunner Turns { get; }

    /// <summary>Builds the engagement (nothing run yet).</summary>
    public static async Task<ProtocolEngagement> CreateAsync(FirmManifest manifest, IProtocol protocol, ulong seed = 42, ProtocolLimits? limits = null, string? serviceLine = null, Func<IChatClient, IChatClient>? wrap = null)
    {
        var library = ContentSamples.Library;
        IChatClient stub = new StubChatClient(new StubContext(seed, new StubOptions(), library, library.BannedPhrases, new DefectLedger()));
        stub = wrap?.Invoke(stub) ?? stub;
        var harness = new EngagementHarness(manifest, serviceLine, stub, seed: seed);
        var prompts = PromptLibrary.Load(ContentSamples.PromptsDirectory, manifest, ChainProtocol.IntakeTask, protocol.Tasks);
        var journal = new InMemoryRunJournal(TimeProvider.System);
        await journal.CreateRunAsync(new RunRecord(harness.State.RunId, "running", seed, protocol.Name, harness.State.ServiceLine.Id, "m", "b", DateTimeOffset.UnixEpoch, "{}"), CancellationToken.None);
        var turns = new RecordingTurnRunner(new KernelTurnRunner(harness.Kernels, new PromptBuilder(prompts, harness.State), new TurnRunnerOptions()));
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = harness.State,
            Turns = turns,
            Actions = new KernelActionInvoker(harness.Kernels),
            Approver = PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed),
            Journal = journal,
            BannedPhrases = library.BannedPhrases,
            Clock = harness.Clock,
            Metrics = harness.Metrics,
            Limits = limits ?? new ProtocolLimits(),
        });
        return new ProtocolEngagement(harness, journal, session, turns);
    }

    /// <summary>Builds and runs the engagement under <paramref name="protocol"/>.</summary>
    public static async Task<ProtocolEngagement> RunAsync(FirmManifest manifest, IProtocol protocol, ulong seed = 42, ProtocolLimits? limits = null, string? serviceLine = null, Func<IChatClient, IChatClient>? wrap = null)
    {
        var engagement = await CreateAsync(manifest, protocol, seed, limits, serviceLine, wrap);
        await protocol.RunAsync(engagement.Session, CancellationToken.None);
        return engagement;
    }

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() => Journal.ReadAuditAsync(Harness.State.RunId, CancellationToken.None);
}
