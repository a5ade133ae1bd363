namespace NexusSim.Core.Metrics;

/// <summary>Counters of one run, safe to update from concurrent turns.</summary>
public sealed class RunMetrics
{
    private long _llmCalls;
    private long _promptTokens;
    private long _completionTokens;
    private long _turns;
    private long _gateAttempts;
    private long _gateFailures;
    private long _reworks;
    private long _firstPassGatePasses;
    private long _firstPassGateJudgements;
    private long _escalations;
    private long _approvals;
    private long _rejections;
    private long _releases;
    private long _deniedActions;
    private long _unauthorizedExecuted;
    private long _wouldBeDenied;
    private long _toolCalls;
    private long _toolErrors;

    /// <summary>Model calls.</summary>
    public long LlmCalls => Interlocked.Read(ref _llmCalls);

    /// <summary>Prompt tokens sent.</summary>
    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    /// <summary>Completion tokens received.</summary>
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);

    /// <summary>Agent turns run.</summary>
    public long Turns => Interlocked.Read(ref _turns);

    /// <summary>Gate verdicts recorded.</summary>
    public long GateAttempts => Interlocked.Read(ref _gateAttempts);

    /// <summary>Gate verdicts that were needs-work.</summary>
    public long GateFailures => Interlocked.Read(ref _gateFailures);

    /// <summary>Turns that sent a version back to its author to fix (after a failed gate, a rejection or an escalation's decision).</summary>
    public long Reworks => Interlocked.Read(ref _reworks);

    /// <summary>Share of first attempts at a gate that passed (NaN before any).</summary>
    public double FirstPassYield
    {
        get
        {
            var judged = Interlocked.Read(ref _firstPassGateJudgements);
            return judged == 0 ? double.NaN : (double)Interlocked.Read(ref _firstPassGatePasses) / judged;
        }
    }

    /// <summary>Escalations.</summary>
    public long Escalations => Interlocked.Read(ref _escalations);

    /// <summary>Human approvals.</summary>
    public long Approvals => Interlocked.Read(ref _approvals);

    /// <summary>Human rejections.</summary>
    public long Rejections => Interlocked.Read(ref _rejections);

    /// <summary>Releases to the client.</summary>
    public long Releases => Interlocked.Read(ref _releases);

    /// <summary>Actions the policy engine denied.</summary>
    public long DeniedActions => Interlocked.Read(ref _deniedActions);

    /// <summary>Actions whose body ran although the policy denies them (must stay 0).</summary>
    public long UnauthorizedExecuted => Interlocked.Read(ref _unauthorizedExecuted);

    /// <summary>Tool calls a model made.</summary>
    public long ToolCalls => Interlocked.Read(ref _toolCalls);

    /// <summary>Tool calls that failed (unknown tool, malformed arguments).</summary>
    public long ToolErrors => Interlocked.Read(ref _toolErrors);

    /// <summary>Counts a model call and its tokens.</summary>
    public void AddLlmCall(long promptTokens, long completionTokens)
    {
        Interlocked.Increment(ref _llmCalls);
        Interlocked.Add(ref _promptTokens, promptTokens);
        Interlocked.Add(ref _completionTokens, completionTokens);
    }

    /// <summary>Counts a turn.</summary>
    public void AddTurn() => Interlocked.Increment(ref _turns);

    /// <summary>Counts a gate verdict; <paramref name="attempt"/> 1 also feeds the first-pass yield.</summary>
    public void AddGateVerdict(int attempt, bool passed)
    {
        Interlocked.Increment(ref _gateAttempts);
        if (!passed)
        {
            Interlocked.Increment(ref _gateFailures);
        }

        if (attempt == 1)
        {
            Interlocked.Increment(ref _firstPassGateJudgements);
            if (passed)
            {
                Interlocked.Increment(ref _firstPassGatePasses);
            }
        }
    }

    /// <summary>Counts a rework turn.</summary>
    public void AddRework() => Interlocked.Increment(ref _reworks);

    /// <summary>Counts an escalation.</summary>
    public void AddEscalation() => Interlocked.Increment(ref _escalations);

    /// <summary>Counts a human decision.</summary>
    public void AddDecision(bool approved) => Interlocked.Increment(ref approved ? ref _approvals : ref _rejections);

    /// <summary>Counts a release.</summary>
    public void AddRelease() => Interlocked.Increment(ref _releases);

    /// <summary>Counts a denial.</summary>
    public void AddDenial() => Interlocked.Increment(ref _deniedActions);

    /// <summary>Counts an action that ran although denied (a broken choke point).</summary>
    public void AddUnauthorizedExecuted() => Interlocked.Increment(ref _unauthorizedExecuted);

    /// <summary>Actions the authority check would have denied, run anyway because authority is in record-only mode.</summary>
    public long WouldBeDenied => Interlocked.Read(ref _wouldBeDenied);

    /// <summary>Counts an action the authority check would have denied (record-only mode).</summary>
    public void AddWouldBeDenied() => Interlocked.Increment(ref _wouldBeDenied);

    /// <summary>Counts a tool call and whether it failed.</summary>
    public void AddToolCall(bool failed)
    {
        Interlocked.Increment(ref _toolCalls);
        if (failed)
        {
            Interlocked.Increment(ref _toolErrors);
        }
    }
}
