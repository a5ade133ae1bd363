using System.Globalization;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Hosting;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Engagements;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>
/// Adds the content figures to summary.json: per deliverable and in total, the fallback sections
/// (sections of the deliverable's final version, the released one when it was released, that no
/// section template matches, so the generic fallback wrote them; null with a real model; the same
/// total is <c>defects.generic_fallback_sections</c>), and per deliverable what each editorial pass changed.
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
                FallbackSections = stub && deliverable is not null ? Fallbacks(deliverable, library, state) : null,
                Changes = deliverable is null ? [] : [.. deliverable.Versions.SelectMany(v => EditSummary.Changes(v.Summary)
                    .Select(c => string.Create(CultureInfo.InvariantCulture, $"v{v.Number}: {c}")))],
            };
        }).ToList();
        var total = stub ? deliverables.Sum(d => d.FallbackSections ?? 0) : (int?)null;
        return summary with
        {
            Deliverables = deliverables,
            FallbackSections = total,
            Defects = summary.Defects is { } defects && total is { } count ? defects with { GenericFallbackSections = count } : summary.Defects,
        };
    }

    // Read as the draft was written: for the engagement's service line (a block may be written for it alone) and phase.
    private static int Fallbacks(DeliverableState deliverable, ContentLibrary library, EngagementState state)
    {
        var final = deliverable.Versions.LastOrDefault(v => v.ContentHash == deliverable.ReleasedHash) ?? deliverable.Versions.LastOrDefault();
        return final is null ? 0 : library.FallbackSectionsIn(final.Markdown, deliverable.Type.RequiredSections, state.ServiceLine.IsLive(deliverable.Type.Phase), state.ServiceLine.Name).Count;
    }
}
