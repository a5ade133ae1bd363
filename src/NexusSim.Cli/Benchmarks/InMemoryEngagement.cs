using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Turns;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Running;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Metrics;
using NexusSim.Core.Protocols;
using NexusSim.Core.Time;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// One engagement through the whole pipeline (a kernel per agent, the authority filter, the
/// protocol, the gates, the hash-chained audit) on an in-memory journal, writing no file: what the
/// benchmark times. The chat client of each tier can be wrapped (to record the requests).
/// </summary>
internal sealed class InMemoryEngagement
{
    private readonly ChatClientFactory _chatClients;
    private readonly ProtocolRegistry _protocols;
    private readonly SimulationOptions _simulation;
    private readonly TimeProvider _time;

    public InMemoryEngagement(ChatClientFactory chatClients, ProtocolRegistry protocols, SimulationOptions simulation, EngagementShared shared, TimeProvider time)
    {
        Shared = shared ?? throw new ArgumentNullException(nameof(shared));
        _chatClients = chatClients ?? throw new ArgumentNullException(nameof(chatClients));
        _protocols = protocols ?? throw new ArgumentNullException(nameof(protocols));
        _simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>What the engagements this runner builds share (content libraries, token counts).</summary>
    public EngagementShared Shared { get; }

    /// <summary>
    /// The default run of the shipped firm with default settings (no host), resolved as `nexussim run`
    /// resolves it, and an engagement runner for it: for the BenchmarkDotNet project.
    /// </summary>
    public static (ResolvedRun Run, InMemoryEngagement Engagement) ForDefaultRun(string outDirectory) =>
        ForRun(new RunRequest { OutDirectory = outDirectory });

    /// <summary>The run <paramref name="request"/> asks for (a scenario, a variant), resolved as `nexussim run` resolves it, and an engagement runner for it.</summary>
    public static (ResolvedRun Run, InMemoryEngagement Engagement) ForRun(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var protocols = ProtocolRegistry.Shipped();
        var simulation = new SimulationOptions();
        var shared = new EngagementShared();
        var inputs = new RunInputs(new ManifestOptions(), simulation, new LlmOptions(), new StorageOptions(), protocols.Names) { Registry = protocols, Libraries = shared.Libraries };
        var (run, _, problems) = inputs.Resolve(request);
        var chatClients = new ChatClientFactory(Options.Create(new StubOptions()), Options.Create(new LlmOptions()));
        return (run ?? throw new InvalidOperationException(string.Join(" ", problems)), new InMemoryEngagement(chatClients, protocols, simulation, shared, TimeProvider.System));
    }

    /// <summary>Runs <paramref name="run"/> in memory; <paramref name="wrap"/>, when given, wraps the model of each tier.</summary>
    public async Task<InMemoryOutcome> RunAsync(ResolvedRun run, Func<IChatClient, IChatClient>? wrap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var library = Shared.Libraries.Library(run.Manifest.Directory);
        var protocol = _protocols.Create(run.Protocol);
        var state = new EngagementState(run.RunId, run.Manifest, run.Brief, run.ServiceLine, run.Seed);
        var metrics = new RunMetrics();
        var ledger = new DefectLedger();
        var models = _chatClients.Create(run, library, ledger, Shared.TokenCounts);
        var kernels = new FirmKernels(new EngagementRuntime(state, metrics), wrap is null ? models : tier => wrap(models(tier)), plugins: Shared.Plugins);
        var turns = EngagementTurns.Compose(kernels, run, state, _simulation, Shared);
        var journal = new InMemoryRunJournal(_time);
        await journal.CreateRunAsync(new RunRecord(run.RunId, RunStatus.Running, run.Seed, run.Protocol, run.ServiceLine.Id,
            run.Manifest.ContentHash, run.Brief.ContentHash, SimulatedClock.Epoch, "{}"), cancellationToken).ConfigureAwait(false);
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = state,
            Turns = turns,
            Actions = new KernelActionInvoker(kernels),
            Approver = _chatClients.HumanFor(run, PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed), ledger),
            Journal = journal,
            BannedPhrases = library.BannedPhrases,
            Metrics = metrics,
            Limits = new ProtocolLimits(_simulation.MaxTurns, _simulation.MaxRounds, _simulation.MaxDelegationDepth),
            Humans = new HumanDesk(new HumanCapacity(_simulation.HumanReviewMinutes, _simulation.HumanReviewsPerDay, _simulation.HumanWorkingHours, _simulation.HumanCheckInsPerDay)),
        });
        string status;
        try
        {
            await protocol.RunAsync(session, cancellationToken).ConfigureAwait(false);
            status = RunStatus.Of(state);
        }
        catch (TurnLimitExceededException)
        {
            status = RunStatus.TurnLimit;
        }

        await journal.SetRunStatusAsync(run.RunId, status, cancellationToken).ConfigureAwait(false);
        var audit = await journal.ReadAuditAsync(run.RunId, cancellationToken).ConfigureAwait(false);
        return new InMemoryOutcome(status, metrics.LlmCalls, metrics.PromptTokens, audit.Count, state);
    }
}
