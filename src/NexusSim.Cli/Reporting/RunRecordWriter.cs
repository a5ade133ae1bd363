using Microsoft.Extensions.Options;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// The run's record for people: commits the facts step a report needs to run.db, and writes
/// report.html into the run's staging folder once the journal is closed.
/// </summary>
internal sealed class RunRecordWriter
{
    private readonly IOptions<PricingOptions> _pricing;

    public RunRecordWriter(IOptions<PricingOptions> pricing) => _pricing = pricing ?? throw new ArgumentNullException(nameof(pricing));

    /// <summary>Prices by model name (NexusSim:Pricing).</summary>
    public IReadOnlyDictionary<string, ModelPrice> Prices => _pricing.Value.Models;

    /// <summary>The facts step of a finished engagement (no audit events: it records, it decides nothing).</summary>
    public StepCommit FactsStep(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new StepCommit(state.RunId, RunFactsJson.StepKey, RunFactsJson.StepKey, RunFactsJson.Serialize(RunFactsBuilder.Build(state, _pricing.Value)), [], []);
    }

    /// <summary>Writes report.html into <paramref name="runDirectory"/> from its run.db.</summary>
    public Task<string> WriteReportAsync(string runDirectory, CancellationToken cancellationToken) =>
        RunReport.WriteAsync(runDirectory, null, cancellationToken);
}
