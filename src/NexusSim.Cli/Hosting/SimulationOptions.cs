namespace NexusSim.Cli.Hosting;

/// <summary>Defaults of a run (section NexusSim:Simulation); command-line options override them.</summary>
internal sealed class SimulationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "NexusSim:Simulation";

    /// <summary>Seed of the stub model and every drawn number.</summary>
    public ulong Seed { get; set; } = 42;

    /// <summary>Collaboration protocol.</summary>
    public string Protocol { get; set; } = "chain";

    /// <summary>Approval policy of the human when none is given.</summary>
    public string Approver { get; set; } = "approve-if-gates-passed";

    /// <summary>Engagements run at once by the background worker.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Most agent turns in one engagement.</summary>
    public int MaxTurns { get; set; } = 400;

    /// <summary>Most critique rounds per deliverable under the debate protocol.</summary>
    public int MaxRounds { get; set; } = 1;

    /// <summary>Levels of delegation below the manager under the hierarchical protocol (0: the manager delegates nothing).</summary>
    public int MaxDelegationDepth { get; set; } = 1;

    /// <summary>Minutes one human decision takes on the simulated clock.</summary>
    public double HumanReviewMinutes { get; set; } = 30;

    /// <summary>Most decisions one human makes in a working day.</summary>
    public int HumanReviewsPerDay { get; set; } = 12;

    /// <summary>A human's working hours a day (from 09:00, Monday to Friday).</summary>
    public double HumanWorkingHours { get; set; } = 8;

    /// <summary>How often a working day a human goes through their queue of decisions (0: always at the desk).</summary>
    public int HumanCheckInsPerDay { get; set; } = 2;

    /// <summary>Most model calls in one turn.</summary>
    public int MaxToolCallsPerTurn { get; set; } = 8;

    /// <summary>Most retries of a transiently failed model call.</summary>
    public int MaxRetries { get; set; } = 3;
}
