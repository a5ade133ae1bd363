using System.Globalization;
using System.Text.Json;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;
using NexusSim.Core.Time;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Everything a protocol drives one engagement with: the state, the turn runner, the action
/// invoker, the approver, the journal, the clock, the metrics and the limits. Each turn or protocol
/// step is committed to the journal as one step with its audit events and artifacts.
/// </summary>
public sealed class EngagementSession
{
    private int _turns;
    private int _steps;

    /// <summary>Creates a session.</summary>
    public EngagementSession(EngagementSessionParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
    }

    /// <summary>The parts.</summary>
    public EngagementSessionParts Parts { get; }

    /// <summary>The engagement.</summary>
    public EngagementState State => Parts.State;

    /// <summary>The simulated clock.</summary>
    public SimulatedClock Clock => Parts.Clock;

    /// <summary>The counters.</summary>
    public RunMetrics Metrics => Parts.Metrics;

    /// <summary>The human's approver.</summary>
    public IApprover Approver => Parts.Approver;

    /// <summary>The live view.</summary>
    public IEngagementObserver Observer => Parts.Observer;

    /// <summary>A new step key, unique within the run and stable across runs: a counter and a label.</summary>
    public string NextStepKey(string label) =>
        string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _steps):D4}-{label}");

    /// <summary>Carries <paramref name="other"/>'s turn and step counts over, so a session wrapping another (a protocol's own turn runner) keeps one numbering and one turn budget.</summary>
    internal void ContinueFrom(EngagementSession other)
    {
        _turns = Volatile.Read(ref other._turns);
        _steps = Volatile.Read(ref other._steps);
    }

    /// <summary>Runs an agent turn, advances its lane by the turn's simulated latency, and commits it.</summary>
    /// <exception cref="TurnLimitExceededException">The run's turn budget is spent.</exception>
    public async Task<TurnResult> RunTurnAsync(AgentTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Interlocked.Increment(ref _turns) > Parts.Limits.MaxTurns)
        {
            throw new TurnLimitExceededException(Parts.Limits.MaxTurns);
        }

        var recorder = new StepRecorder(State.RunId, turn.TurnId, "turn", turn.Lane, Clock);
        var started = Clock.Now(turn.Lane);
        TurnResult result;
        try
        {
            result = await Parts.Turns.RunAsync(turn, recorder, cancellationToken).ConfigureAwait(false);
        }
        catch (TurnFailedException)
        {
            // What the turn recorded (each retried call, the final failure with its reason) is committed as
            // its step, with no text and no usage, before the failure ends the engagement.
            var failed = new TurnResult(turn.TurnId, turn.ActorId, string.Empty, TurnUsage.Zero, []);
            await Parts.Journal.CommitStepAsync(recorder.ToCommit(JsonSerializer.Serialize(new TurnStepResult(turn, failed, started, started), StepJson.Default.TurnStepResult)), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var ended = Clock.Advance(turn.Lane, result.Usage.SimulatedMinutes);
        Metrics.AddTurn();
        Observe(turn.DeliverableId, started, ended);
        if (State.Manifest.FindActor(turn.ActorId)?.Tier is { } tier)
        {
            Parts.Times.AddTokens(tier, result.Usage.PromptTokens, result.Usage.CompletionTokens);
        }

        await Parts.Journal.CommitStepAsync(recorder.ToCommit(JsonSerializer.Serialize(new TurnStepResult(turn, result, started, ended), StepJson.Default.TurnStepResult)), cancellationToken).ConfigureAwait(false);
        Observer.OnStep(turn.TurnId, turn.ActorId, StepName(turn.Task, turn.DeliverableId), result.Actions);
        if (result.Usage.Retries > 0)
        {
            Observer.OnRetries(turn.TurnId, turn.ActorId, result.Usage.Retries);
        }

        return result;
    }

    /// <summary>Performs an action on an actor's behalf as its own committed step; the live view names the step by its action.</summary>
    public Task<ActionOutcome> InvokeAsync(string actorId, string action, IReadOnlyDictionary<string, object?> arguments, string lane, CancellationToken cancellationToken) =>
        InvokeAsync(actorId, action, arguments, lane, action, cancellationToken);

    /// <summary>
    /// Performs an action on an actor's behalf as its own committed step; the live view names the step
    /// <paramref name="description"/> (a chain step's task and deliverable, as a turn of that step is named).
    /// </summary>
    public async Task<ActionOutcome> InvokeAsync(string actorId, string action, IReadOnlyDictionary<string, object?> arguments, string lane, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        var stepKey = NextStepKey($"{action}-{actorId}");
        var started = Clock.Now(lane);
        if (HumanDecisions.Contains(action, StringComparer.Ordinal) && State.Manifest.FindActor(actorId)?.IsHuman == true)
        {
            // The human decides in their own working time: the lane waits for a free slot of theirs.
            Clock.WaitUntil(lane, Parts.Humans.Book(actorId, Clock.MinutesOf(lane)));
        }

        var recorder = new StepRecorder(State.RunId, stepKey, "action", lane, Clock);
        var outcome = await Parts.Actions.InvokeAsync(actorId, action, arguments, recorder, cancellationToken).ConfigureAwait(false);
        await CommitAsync(recorder, new { action, actor = actorId, executed = outcome.Executed, result = outcome.Result }, cancellationToken).ConfigureAwait(false);
        Observer.OnStep(stepKey, actorId, description, [outcome]);
        if (arguments.TryGetValue(ActionArgs.DeliverableId, out var id) && id is string deliverableId && State.FindDeliverable(deliverableId) is not null)
        {
            Observe(deliverableId, started, Clock.Now(lane));
        }

        return outcome;
    }

    /// <summary>Records a system event (no actor decided it) as its own committed step.</summary>
    public async Task RecordSystemEventAsync(string action, string outcome, string reason, string? subject, string lane, CancellationToken cancellationToken)
    {
        var stepKey = NextStepKey(action);
        var recorder = new StepRecorder(State.RunId, stepKey, "system", lane, Clock);
        recorder.Record("system", action, outcome, reason, subject);
        await CommitAsync(recorder, new { action, outcome, reason }, cancellationToken).ConfigureAwait(false);
        Observer.OnSystemEvent(stepKey, action, outcome, reason);
    }

    /// <summary>How the live view names a step of a chain: its task, and the deliverable it works on.</summary>
    internal static string StepName(string task, string deliverableId) => deliverableId.Length > 0 ? $"{task} on {deliverableId}" : task;

    // Decisions that take a human's time on the clock.
    private static readonly string[] HumanDecisions = [ActionIds.Approve, ActionIds.Reject, ActionIds.RecordGateVerdict, ActionIds.ResolveEscalation];

    private void Observe(string deliverableId, DateTimeOffset start, DateTimeOffset end)
    {
        if (deliverableId.Length > 0)
        {
            Parts.Times.Observe(deliverableId, (start - SimulatedClock.Epoch).TotalMinutes, (end - SimulatedClock.Epoch).TotalMinutes);
        }
    }

    private Task CommitAsync(StepRecorder recorder, object result, CancellationToken cancellationToken) =>
        Parts.Journal.CommitStepAsync(recorder.ToCommit(JsonSerializer.Serialize(result)), cancellationToken);
}
