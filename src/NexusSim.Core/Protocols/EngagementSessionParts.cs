using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Metrics;
using NexusSim.Core.Time;

namespace NexusSim.Core.Protocols;

/// <summary>What an <see cref="EngagementSession"/> is made of.</summary>
public sealed record EngagementSessionParts
{
    /// <summary>The engagement.</summary>
    public required EngagementState State { get; init; }

    /// <summary>Runs agent turns.</summary>
    public required IAgentTurnRunner Turns { get; init; }

    /// <summary>Performs actions on an actor's behalf through the same choke point.</summary>
    public required IActionInvoker Actions { get; init; }

    /// <summary>The human's approver.</summary>
    public required IApprover Approver { get; init; }

    /// <summary>The run's journal.</summary>
    public required IRunJournal Journal { get; init; }

    /// <summary>What the deterministic checks need beyond the deliverable (banned phrases).</summary>
    public required IReadOnlyList<string> BannedPhrases { get; init; }

    /// <summary>The simulated clock.</summary>
    public SimulatedClock Clock { get; init; } = new();

    /// <summary>The counters.</summary>
    public RunMetrics Metrics { get; init; } = new();

    /// <summary>The humans' calendars: decisions queue for their working time.</summary>
    public HumanDesk Humans { get; init; } = new();

    /// <summary>Each deliverable's cycle and each tier's tokens.</summary>
    public EngagementTimes Times { get; init; } = new();

    /// <summary>The live view.</summary>
    public IEngagementObserver Observer { get; init; } = NullEngagementObserver.Instance;

    /// <summary>Loop bounds.</summary>
    public ProtocolLimits Limits { get; init; } = new();

    /// <summary>The deterministic checks' findings per content, so each check runs once per content within the engagement (shared by a session wrapping another).</summary>
    internal GateCheckMemo GateChecks { get; init; } = new();
}
