namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Every deliverable of a brief's service line, written clean for seeds 1 to n, as the stub's planner
/// asks for them (see <see cref="ShippedBriefRun"/>): the name other diagnostics measure with.
/// </summary>
internal static class SeedRuns
{
    /// <summary>Run name ("seed n") to deliverable type id to Markdown, and the mask for the brief's client.</summary>
    public static (Dictionary<string, IReadOnlyDictionary<string, string>> Runs, TemplateMask Mask) Compose(string firm, string briefPath, int seeds)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        return (run.Runs(seeds), new TemplateMask(run.Facts.Client, run.Facts.Region));
    }
}
