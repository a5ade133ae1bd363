using NexusSim.Agents.Stub;

namespace NexusSim.Cli.Running;

/// <summary>The stub's options with a governance variant's or scenario's overrides (reviewer fallibility and catch rate, the human's catch rate, drift, unauthorized attempts).</summary>
internal static class StubVariant
{
    public static StubOptions Apply(StubOptions options, ResolvedRun run)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        if (run.ReviewerFallibility is null && run.ReviewerCatchRate is null && run.HumanCatchRate is null && run.StubInconsistentTerm is null && run.StubUnauthorizedAttempt is null)
        {
            return options;
        }

        DefectRates Drift(DefectRates r) => run.StubInconsistentTerm is { } drift
            ? new DefectRates
            {
                MissingSection = r.MissingSection, UnsourcedNumber = r.UnsourcedNumber, Cliche = r.Cliche, InconsistentTerm = drift,
                WrongFigure = r.WrongFigure, MisattributedCitation = r.MisattributedCitation, UnsupportedRecommendation = r.UnsupportedRecommendation,
            }
            : r;
        var faults = options.Faults;
        return new StubOptions
        {
            Quality = Drift(options.Quality),
            Agents = options.Agents.ToDictionary(p => p.Key, p => Drift(p.Value), StringComparer.Ordinal),
            ReviewerFallibility = run.ReviewerFallibility ?? options.ReviewerFallibility,
            ReviewerCatchRate = run.ReviewerCatchRate ?? options.ReviewerCatchRate,
            HumanCatchRate = run.HumanCatchRate ?? options.HumanCatchRate,
            Faults = new FaultProfile
            {
                TransientError = faults.TransientError,
                MalformedArguments = faults.MalformedArguments,
                UnknownTool = faults.UnknownTool,
                UnauthorizedAttempt = run.StubUnauthorizedAttempt ?? faults.UnauthorizedAttempt,
                InjectionObedience = faults.InjectionObedience,
            },
        };
    }
}
