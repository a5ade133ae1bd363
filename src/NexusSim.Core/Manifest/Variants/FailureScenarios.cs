namespace NexusSim.Core.Manifest.Variants;

/// <summary>
/// The article's failure modes as named scenarios (<c>--scenario NAME</c>), each with the mechanism
/// credited for catching it, switchable: <c>NAME</c> runs the failure with its mechanism on,
/// <c>NAME:uncaught</c> with it off. A scenario is a bundle of governance settings, applied before any
/// <c>--set</c>, so summary.json's <c>governance</c> lists what it changed.
/// </summary>
public static class FailureScenarios
{
    /// <summary>The suffix that switches a scenario's catching mechanism off.</summary>
    public const string Uncaught = ":uncaught";

    private static readonly Dictionary<string, (string[] Failure, string[] MechanismOff)> Catalog = new(StringComparer.Ordinal)
    {
        // Reviewers pass work unread; caught by evidence-backed verdicts and the human who reads what passed before
        // releasing it (off: unread passes count, and the human approves unread).
        ["fantasy_approval"] = (["reviewer_fallibility=1"], ["evidence=off", "approver=approve-all"]),

        // Authors drift from the glossary's terms; caught by the gates' consistency check.
        ["terminology_drift"] = (["stub.inconsistent_term=1"], ["check.consistency=off"]),

        // Agents attempt work outside their authority; caught by the authority check.
        ["role_drift"] = (["stub.unauthorized_attempt=0.5"], ["authority=record_only"]),

        // A per-turn context budget per tier cuts what an agent sees, and facts go missing; caught by scoped
        // context and handoffs: with it, each turn is sent only what its task needs, which fits the budget.
        ["context_overflow"] = (["context.budget=on"], ["context.scope=history"]),

        // The intake agent quotes three times the brief's fee, outside the line's band; caught at intake by the price band.
        ["pricing_drift"] = (["stub.quote_factor=3"], ["intake.price_band=off"]),
    };

    /// <summary>The scenario names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalog.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The settings of <paramref name="spec"/> (<c>NAME</c> or <c>NAME:uncaught</c>), or null when it names no scenario.</summary>
    public static IReadOnlyList<string>? SettingsOf(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var uncaught = spec.EndsWith(Uncaught, StringComparison.Ordinal);
        var name = uncaught ? spec[..^Uncaught.Length] : spec;
        return Catalog.TryGetValue(name, out var scenario) ? (uncaught ? [.. scenario.Failure, .. scenario.MechanismOff] : scenario.Failure) : null;
    }
}
