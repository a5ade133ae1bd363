using Microsoft.Extensions.Logging;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>
/// Logs the engagement as structured events at Information (each step, gate verdict, denial,
/// escalation and human decision) and passes everything on to the observer it wraps (the live view).
/// </summary>
internal sealed partial class LoggingEngagementObserver : IEngagementObserver
{
    private readonly IEngagementObserver _inner;
    private readonly ILogger _logger;
    private readonly string _runId;
    private readonly Func<string, bool> _isHuman;

    public LoggingEngagementObserver(IEngagementObserver inner, ILogger<LoggingEngagementObserver> logger, string runId, Func<string, bool> isHuman)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _runId = runId ?? throw new ArgumentNullException(nameof(runId));
        _isHuman = isHuman ?? throw new ArgumentNullException(nameof(isHuman));
    }

    public void OnStep(string stepKey, string actorId, string description, IReadOnlyList<ActionOutcome> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        LogStep(_logger, _runId, stepKey, actorId, description, actions.Count, CountWords.Noun(actions.Count, "action"));
        foreach (var action in actions)
        {
            if (!action.Executed && action.RuleId is not null)
            {
                LogDenial(_logger, _runId, stepKey, action.Actor, action.Action, action.RuleId, action.Result);
            }
            else if (_isHuman(action.Actor))
            {
                LogHumanDecision(_logger, _runId, stepKey, action.Actor, action.Action, action.Executed, action.Result);
            }
        }

        _inner.OnStep(stepKey, actorId, description, actions);
    }

    public void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(verdict);
        LogVerdict(_logger, _runId, deliverable.Id, verdict.GateId, verdict.Attempt, verdict.Reviewer, verdict.Verdict, verdict.Issues.Count, CountWords.Noun(verdict.Issues.Count, "issue"));
        _inner.OnVerdict(deliverable, verdict);
    }

    public void OnEscalation(EscalationRecord escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        LogEscalation(_logger, _runId, escalation.Subject, escalation.From, escalation.To, escalation.Reason);
        _inner.OnEscalation(escalation);
    }

    public void OnRetries(string stepKey, string actorId, int retries)
    {
        LogRetries(_logger, _runId, stepKey, actorId, retries, CountWords.Noun(retries, "model call"));
        _inner.OnRetries(stepKey, actorId, retries);
    }

    public void OnProviderFailure(string stepKey, string actorId, string reason)
    {
        LogProviderFailure(_logger, _runId, stepKey, actorId, reason);
        _inner.OnProviderFailure(stepKey, actorId, reason);
    }

    public void OnSystemEvent(string stepKey, string action, string outcome, string reason)
    {
        LogSystemEvent(_logger, _runId, stepKey, action, outcome, reason);
        _inner.OnSystemEvent(stepKey, action, outcome, reason);
    }

    [LoggerMessage(EventId = 1107, Level = LogLevel.Information, Message = "Run {RunId} step {Step} (system): {Action} {Outcome}: {Reason}")]
    private static partial void LogSystemEvent(ILogger logger, string runId, string step, string action, string outcome, string reason);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Run {RunId} step {Step} by {Actor}: the model could not be reached, the run stops: {Reason}")]
    private static partial void LogProviderFailure(ILogger logger, string runId, string step, string actor, string reason);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Run {RunId} step {Step} by {Actor}: {Retries} {RetriedCalls} retried after a transient failure")]
    private static partial void LogRetries(ILogger logger, string runId, string step, string actor, int retries, string retriedCalls);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Run {RunId} step {Step} by {Actor}: {Description} ({ActionCount} {ActionWord})")]
    private static partial void LogStep(ILogger logger, string runId, string step, string actor, string description, int actionCount, string actionWord);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Run {RunId} gate {Gate} attempt {Attempt} on {Deliverable} by {Reviewer}: {Verdict} with {IssueCount} {IssueWord}")]
    private static partial void LogVerdict(ILogger logger, string runId, string deliverable, string gate, int attempt, string reviewer, GateVerdict verdict, int issueCount, string issueWord);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Run {RunId} step {Step}: {Actor} was denied {Action} under rule {Rule}: {Reason}")]
    private static partial void LogDenial(ILogger logger, string runId, string step, string actor, string action, string rule, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Run {RunId} escalated {Subject} from {From} to {To}: {Reason}")]
    private static partial void LogEscalation(ILogger logger, string runId, string subject, string from, string to, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Run {RunId} step {Step}: {Actor} {Action} (executed {Executed}): {Result}")]
    private static partial void LogHumanDecision(ILogger logger, string runId, string step, string actor, string action, bool executed, string result);
}
