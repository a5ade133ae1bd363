using System.Globalization;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Hosting;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Engagements;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>
/// Adds the content figures to summary.json: per deliverable and in total, the required sections
/// the stub's library has no template for (written with the generic fallback; null with a real
/// model), and per deliverable what each editorial pass changed.
/// </summary>
internal static class ContentSummary
{
    public static RunSummary Add(RunSummary summary, ResolvedRun run, EngagementState state, ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(library);
        var stub = run.Provider == LlmOptions.Stub;
        var deliverables = summary.Deliverables.Select(d =>
        {
            var deliverable = state.FindDeliverable(d.Id);
            return d with
            {
                FallbackSections = stub && deliverable is not null ? library.FallbackHeadings(deliverable.Type.RequiredSections, state.ServiceLine.IsLive(deliverable.Type.Phase)).Count : null,
                Changes = deliverable is null ? [] : [.. deliverable.Versions.SelectMany(v => EditSummary.Changes(v.Summary)
                    .Select(c => string.Create(CultureInfo.InvariantCulture, $"v{v.Number}: {c}")))],
            };
        }).ToList();
        return summary with
        {
            Deliverables = deliverables,
            FallbackSections = stub ? deliverables.Sum(d => d.FallbackSections ?? 0) : null,
        };
    }
}
