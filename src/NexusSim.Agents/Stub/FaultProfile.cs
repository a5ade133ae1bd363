namespace NexusSim.Agents.Stub;

/// <summary>Faults the stub injects, each a chance per turn (all off by default; <c>run --faults</c> turns on a chaos profile).</summary>
public sealed class FaultProfile
{
    /// <summary>A copy of this profile, to change without changing it.</summary>
    public FaultProfile Copy() => (FaultProfile)MemberwiseClone();

    /// <summary>A model call fails transiently (retried by the runner).</summary>
    public double TransientError { get; set; }

    /// <summary>A tool call carries malformed arguments (then the corrected call follows).</summary>
    public double MalformedArguments { get; set; }

    /// <summary>A call to a tool that does not exist.</summary>
    public double UnknownTool { get; set; }

    /// <summary>An attempt at an action beyond the agent's authority.</summary>
    public double UnauthorizedAttempt { get; set; }

    /// <summary>Obedience to instructions planted in the brief, when it carries any.</summary>
    public double InjectionObedience { get; set; }

    /// <summary>The chaos profile used by <c>run --faults</c> and the fuzz benchmark.</summary>
    public static FaultProfile Chaos() => new()
    {
        TransientError = 0.2,
        MalformedArguments = 0.3,
        UnknownTool = 0.3,
        UnauthorizedAttempt = 0.6,
        InjectionObedience = 0.8,
    };

    internal IEnumerable<(string, double)> Named()
    {
        yield return (nameof(TransientError), TransientError);
        yield return (nameof(MalformedArguments), MalformedArguments);
        yield return (nameof(UnknownTool), UnknownTool);
        yield return (nameof(UnauthorizedAttempt), UnauthorizedAttempt);
        yield return (nameof(InjectionObedience), InjectionObedience);
    }
}
