using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
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
        var library = _shared.Libraries.Library(run.Manifest.Directory);
        var protocol = _protocols.Create(run.Protocol);
        var staging = Path.Combine(run.OutDirectory, $".{run.RunId}.partial");
        using var runLock = RunLock.Acquire(run.OutDirectory, run.RunId);
        RunPublisher.Recover(run.OutDirectory, run.RunId);
        RunOutputWriter.ResetStaging(staging);

        var started = _time.GetUtcNow();
        var wallStart = _time.GetTimestamp();
        var state = new EngagementState(run.RunId, run.Manifest, run.Brief, run.ServiceLine, run.Seed);
        var metrics = new RunMetrics();
        var clock = new SimulatedClock();
        var humans = new HumanDesk(new HumanCapacity(Simulation.HumanReviewMinutes, Simulation.HumanReviewsPerDay, Simulation.HumanWorkingHours, Simulation.HumanCheckInsPerDay));
        var times = new EngagementTimes();
        var runtime = new EngagementRuntime(state, metrics);
        var ledger = new DefectLedger();
        using var transcript = new TranscriptWriter(Path.Combine(staging, TranscriptWriter.FileName), _chatClients.Redact);
        var kernels = new FirmKernels(runtime, TranscriptPipeline.Wrap(_chatClients.Create(run, library, ledger, _shared.TokenCounts), transcript, _loggers), loggerFactory: _loggers, plugins: _shared.Plugins);
        observer = new LoggingEngagementObserver(observer, _loggers.CreateLogger<LoggingEngagementObserver>(), run.RunId, id => run.Manifest.FindActor(id)?.IsHuman == true);
        var turns = EngagementTurns.Compose(kernels, run, state, Simulation, _shared, _chatClients.Redact, inner => new TranscriptTurnRunner(inner));

        string status;
        var pending = new PendingDecision();
        var failure = new ProviderFailureNote();
        long auditCount;
        string? auditHead;
        ContextCutTally? contextCuts;
        var journalOptions = new SqliteJournalOptions { CheckpointKeyPath = Storage.CheckpointKeyPath.Length == 0 ? null : Storage.CheckpointKeyPath };
        await using (var journal = await SqliteRunJournal.OpenAsync(staging, journalOptions, cancellationToken).ConfigureAwait(false))
        {
            await journal.CreateRunAsync(new RunRecord(run.RunId, RunStatus.Running, run.Seed, run.Protocol, run.ServiceLine.Id,
                run.Manifest.ContentHash, run.Brief.ContentHash, SimulatedClock.Epoch, RunRecordMetadata.Json(run, started)), cancellationToken).ConfigureAwait(false);
            var session = new EngagementSession(new EngagementSessionParts
            {
                State = state,
                Turns = turns,
                Actions = new KernelActionInvoker(kernels),
                Approver = approver,
                Journal = journal,
                BannedPhrases = library.BannedPhrases,
                Clock = clock,
                Metrics = metrics,
                Observer = observer,
                Limits = new ProtocolLimits(Simulation.MaxTurns, Simulation.MaxRounds, Simulation.MaxDelegationDepth),
                Humans = humans,
                Times = times,
            });
            status = await RunProtocolAsync(protocol, session, pending, failure, cancellationToken).ConfigureAwait(false);
            await journal.CommitStepAsync(_record.FactsStep(state), CancellationToken.None).ConfigureAwait(false);
            await journal.SetRunStatusAsync(run.RunId, status, CancellationToken.None).ConfigureAwait(false);
            await AuditExporter.ExportAsync(journal, run.RunId, staging, CancellationToken.None).ConfigureAwait(false);
            var audit = await journal.ReadAuditAsync(run.RunId, CancellationToken.None).ConfigureAwait(false);
            auditCount = audit.Count;
            auditHead = audit.Count == 0 ? null : audit[^1].Hash;
            contextCuts = ContextCuts.Of(run.Manifest, audit);
        }

        SqliteConnection.ClearAllPools();
        transcript.Dispose();
        var summary = ContentSummary.Add(RunRecordMetadata.Complete(TimeAndCost.Add(SummaryBuilder.Build(run, state, metrics, clock, status, auditCount, auditHead) with { Defects = DefectAccounting.Of(state, ledger), ContextCuts = contextCuts }, run.Manifest, clock, humans, times, _record.Prices), run, started, _time.GetElapsedTime(wallStart)), run, state, library);
        await RunOutputWriter.WriteAsync(staging, state, summary, CancellationToken.None).ConfigureAwait(false);
        await DefectAccounting.WriteAsync(staging, state, ledger, CancellationToken.None).ConfigureAwait(false);
        await _record.WriteReportAsync(staging, CancellationToken.None).ConfigureAwait(false);
        await RunSeal.SealAsync(staging, run.RunId, SimulatedClock.Epoch.AddMinutes(clock.MakespanMinutes), journalOptions, CancellationToken.None).ConfigureAwait(false);
        var published = RunPublisher.Publish(staging, run.RunDirectory, status);
        var exit = status switch { RunStatus.Interrupted => ExitCodes.Interrupted, RunStatus.ProviderFailed => ExitCodes.ProviderFailed, Approvals.ApprovalPendingException.Status => ExitCodes.AwaitingApproval, _ => ExitCodes.Ok };
        return new EngagementResult(run.RunDirectory, summary, exit) { KeptCompletedRun = !published, PendingDecision = pending.Reason, ProviderFailure = failure.Reason };
    }

    private async Task<string> RunProtocolAsync(IProtocol protocol, EngagementSession session, PendingDecision pending, ProviderFailureNote failure, CancellationToken cancellationToken)
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
            return RunStatus.ProviderFailed;
        }
    }
}
