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

        DefectRates Drift(DefectRates r)
        {
            if (run.StubInconsistentTerm is not { } drift)
            {
                return r;
            }

            var rates = r.Copy();
            rates.InconsistentTerm = drift;
            return rates;
        }

        // Copies, changed where the run says: every setting the run does not change carries over as configured.
        var faults = options.Faults.Copy();
        faults.UnauthorizedAttempt = run.StubUnauthorizedAttempt ?? faults.UnauthorizedAttempt;
        var changed = options.WithFaults(faults);
        changed.Quality = Drift(options.Quality);
        changed.Agents = options.Agents.ToDictionary(p => p.Key, p => Drift(p.Value), StringComparer.Ordinal);
        changed.ReviewerFallibility = run.ReviewerFallibility ?? options.ReviewerFallibility;
        changed.ReviewerCatchRate = run.ReviewerCatchRate ?? options.ReviewerCatchRate;
        changed.HumanCatchRate = run.HumanCatchRate ?? options.HumanCatchRate;
        return changed;
    }
}
