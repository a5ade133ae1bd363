using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Transcripts;
using NexusSim.Agents.Turns;
using NexusSim.Cli.Approvals;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;
using NexusSim.Cli.Reporting;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Metrics;
using NexusSim.Core.Protocols;
using NexusSim.Core.Time;
using NexusSim.Storage;

namespace NexusSim.Cli.Running;

/// <summary>
/// Runs one engagement end to end: builds the kernels, the stub or real model, the session and the
/// protocol; journals every step; then writes deliverables, summary.json and the audit export into a
/// staging directory that moves into out/&lt;run-id&gt;/ only when complete.
/// </summary>
internal sealed class EngagementRunner
{
    private readonly IOptions<SimulationOptions> _simulationOptions;
    private readonly IOptions<StorageOptions> _storageOptions;
    private readonly ChatClientFactory _chatClients;
    private readonly ProtocolRegistry _protocols;
    private readonly RunRecordWriter _record;
    private readonly ILoggerFactory _loggers;
    private readonly EngagementShared _shared;

    private readonly TimeProvider _time;

    public EngagementRunner(IOptions<SimulationOptions> simulation, IOptions<StorageOptions> storage, ChatClientFactory chatClients, ProtocolRegistry protocols, RunRecordWriter record, ILoggerFactory loggers, EngagementShared shared, TimeProvider? time = null)
    {
        _shared = shared ?? throw new ArgumentNullException(nameof(shared));
        _time = time ?? TimeProvider.System;
        _loggers = loggers ?? throw new ArgumentNullException(nameof(loggers));
        _record = record ?? throw new ArgumentNullException(nameof(record));
        _simulationOptions = simulation ?? throw new ArgumentNullException(nameof(simulation));
        _storageOptions = storage ?? throw new ArgumentNullException(nameof(storage));
        _chatClients = chatClients ?? throw new ArgumentNullException(nameof(chatClients));
        _protocols = protocols ?? throw new ArgumentNullException(nameof(protocols));
    }

    private SimulationOptions Simulation => _simulationOptions.Value;

    private StorageOptions Storage => _storageOptions.Value;

    public async Task<EngagementResult> RunAsync(ResolvedRun run, IApprover approver, IEngagementObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var staging = Path.Combine(run.OutDirectory, $".{run.RunId}.partial");
        using var runLock = RunLock.Acquire(run.OutDirectory, run.RunId);
        RunPublisher.Recover(run.OutDirectory, run.RunId);
        RunOutputWriter.ResetStaging(staging);

        var started = _time.GetUtcNow();
        var wallStart = _time.GetTimestamp();
        using var transcript = new TranscriptWriter(Path.Combine(staging, TranscriptWriter.FileName), _chatClients.Redact);
        Execution execution;
        var journalOptions = new SqliteJournalOptions { CheckpointKeyPath = Storage.CheckpointKeyPath.Length == 0 ? null : Storage.CheckpointKeyPath };
        await using (var journal = await SqliteRunJournal.OpenAsync(staging, journalOptions, cancellationToken).ConfigureAwait(false))
        {
            execution = await ExecuteAsync(run, approver, observer, journal, models => TranscriptPipeline.Wrap(models, transcript, _loggers), inner => new TranscriptTurnRunner(inner), started, cancellationToken).ConfigureAwait(false);
            await AuditExporter.ExportAsync(journal, run.RunId, staging, CancellationToken.None).ConfigureAwait(false);
        }

        SqliteConnection.ClearAllPools();
        transcript.Dispose();
        var summary = Summarize(run, execution, started, wallStart);
        await RunOutputWriter.WriteAsync(staging, execution.State, summary, CancellationToken.None).ConfigureAwait(false);
        await DefectAccounting.WriteAsync(staging, execution.State, execution.Ledger, CancellationToken.None).ConfigureAwait(false);
        await _record.WriteReportAsync(staging, CancellationToken.None).ConfigureAwait(false);
        await RunSeal.SealAsync(staging, run.RunId, execution.Status, SimulatedClock.Epoch.AddMinutes(execution.Clock.MakespanMinutes), journalOptions, CancellationToken.None).ConfigureAwait(false);
        var published = RunPublisher.Publish(staging, run.RunDirectory, execution.Status);
        var exit = execution.Status switch { RunStatus.Interrupted => ExitCodes.Interrupted, RunStatus.ProviderFailed => ExitCodes.ProviderFailed, Approvals.ApprovalPendingException.Status => ExitCodes.AwaitingApproval, _ => ExitCodes.Ok };
        return new EngagementResult(run.RunDirectory, summary, exit) { KeptCompletedRun = !published, PendingDecision = execution.Pending.Reason, ProviderFailure = execution.Failure.Reason };
    }

    /// <summary>
    /// Runs <paramref name="run"/> as <see cref="RunAsync"/> does, the same engagement step by step, on an
    /// in-memory journal, writing nothing (no run directory, transcript, deliverables or seal): for an
    /// experiment that keeps only each run's figures. Its summary has the figures and the audit head the
    /// written run's summary.json has (the audit head is taken before the seal, in both).
    /// </summary>
    public async Task<RunSummary> RunInMemoryAsync(ResolvedRun run, IApprover approver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = _time.GetUtcNow();
        var wallStart = _time.GetTimestamp();
        var execution = await ExecuteAsync(run, approver, NullEngagementObserver.Instance, new InMemoryRunJournal(_time), models => models, null, started, cancellationToken).ConfigureAwait(false);
        return Summarize(run, execution, started, wallStart);
    }

    // The engagement itself, on the journal given: kernels, model, session, protocol, the run's facts step
    // and its final status. What it leaves (state, clocks, audit head) is what the summary is built from.
    private async Task<Execution> ExecuteAsync(ResolvedRun run, IApprover approver, IEngagementObserver observer, IRunJournal journal,
        Func<Func<string, Microsoft.Extensions.AI.IChatClient>, Func<string, Microsoft.Extensions.AI.IChatClient>> wrapModels, Func<IAgentTurnRunner, IAgentTurnRunner>? decorateTurns,
        DateTimeOffset started, CancellationToken cancellationToken)
    {
        var library = _shared.Libraries.Library(run.Manifest.Directory);
        var protocol = _protocols.Create(run.Protocol);
        var state = new EngagementState(run.RunId, run.Manifest, run.Brief, run.ServiceLine, run.Seed);
        var metrics = new RunMetrics();
        var clock = new SimulatedClock();
        var humans = new HumanDesk(new HumanCapacity(Simulation.HumanReviewMinutes, Simulation.HumanReviewsPerDay, Simulation.HumanWorkingHours, Simulation.HumanCheckInsPerDay));
        var times = new EngagementTimes();
        var runtime = new EngagementRuntime(state, metrics);
        var ledger = new DefectLedger();
        var kernels = new FirmKernels(runtime, wrapModels(_chatClients.Create(run, library, ledger, _shared.TokenCounts)), loggerFactory: _loggers, plugins: _shared.Plugins);
        observer = new LoggingEngagementObserver(observer, _loggers.CreateLogger<LoggingEngagementObserver>(), run.RunId, id => run.Manifest.FindActor(id)?.IsHuman == true);
        var turns = EngagementTurns.Compose(kernels, run, state, Simulation, _shared, _chatClients.Redact, decorateTurns);
        var pending = new PendingDecision();
        var failure = new ProviderFailureNote();
        await journal.CreateRunAsync(new RunRecord(run.RunId, RunStatus.Running, run.Seed, run.Protocol, run.ServiceLine.Id,
            run.Manifest.ContentHash, run.Brief.ContentHash, SimulatedClock.Epoch, RunRecordMetadata.Json(run, started)), cancellationToken).ConfigureAwait(false);
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = state,
            Turns = turns,
            Actions = new KernelActionInvoker(kernels),
            Approver = _chatClients.HumanFor(run, approver, ledger),
            Journal = journal,
            BannedPhrases = library.BannedPhrases,
            Clock = clock,
            Metrics = metrics,
            Observer = observer,
            Limits = new ProtocolLimits(Simulation.MaxTurns, Simulation.MaxRounds, Simulation.MaxDelegationDepth),
            Humans = humans,
            Times = times,
        });
        var status = await RunProtocolAsync(protocol, session, observer, pending, failure, cancellationToken).ConfigureAwait(false);
        await journal.CommitStepAsync(_record.FactsStep(state), CancellationToken.None).ConfigureAwait(false);
        await journal.SetRunStatusAsync(run.RunId, status, CancellationToken.None).ConfigureAwait(false);
        var audit = await journal.ReadAuditAsync(run.RunId, CancellationToken.None).ConfigureAwait(false);
        return new Execution(status, state, metrics, clock, humans, times, ledger, library, pending, failure, audit.Count, audit.Count == 0 ? null : audit[^1].Hash, ContextCuts.Of(run.Manifest, audit));
    }

    private RunSummary Summarize(ResolvedRun run, Execution execution, DateTimeOffset started, long wallStart) =>
        ContentSummary.Add(
            RunRecordMetadata.Complete(
                TimeAndCost.Add(
                    SummaryBuilder.Build(run, execution.State, execution.Metrics, execution.Clock, execution.Status, execution.AuditCount, execution.AuditHead) with { Defects = DefectAccounting.Of(execution.State, execution.Ledger), ContextCuts = execution.ContextCuts },
                    run.Manifest, execution.Clock, execution.Humans, execution.Times, _record.Prices),
                run, started, _time.GetElapsedTime(wallStart)),
            run, execution.State, execution.Library);

    private async Task<string> RunProtocolAsync(IProtocol protocol, EngagementSession session, IEngagementObserver observer, PendingDecision pending, ProviderFailureNote failure, CancellationToken cancellationToken)
    {
        try
        {
            await protocol.RunAsync(session, cancellationToken).ConfigureAwait(false);
            return RunStatus.Of(session.State);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return RunStatus.Interrupted;
        }
        catch (TurnLimitExceededException)
        {
            return RunStatus.TurnLimit;
        }
        catch (Approvals.ApprovalPendingException ex)
        {
            pending.Reason = ex.Message;
            return Approvals.ApprovalPendingException.Status;
        }
        catch (ModelUnavailableException ex)
        {
            // The reason is in the audit trail (model_call failed) and on the console; the run is written with this status.
            failure.Reason = _chatClients.Redact(ProviderFailureText.ForConsole(ex.Message));
            observer.OnProviderFailure(ex.TurnId ?? string.Empty, ex.ActorId ?? string.Empty, failure.Reason);
            return RunStatus.ProviderFailed;
        }
    }

    private sealed record Execution(
        string Status, EngagementState State, RunMetrics Metrics, SimulatedClock Clock, HumanDesk Humans, EngagementTimes Times, DefectLedger Ledger,
        ContentLibrary Library, PendingDecision Pending, ProviderFailureNote Failure, long AuditCount, string? AuditHead, ContextCutTally? ContextCuts);
}
