namespace NexusSim.Agents.Tests.Stub.Phases;

/// <summary>
/// Issue 9 item 1: nothing goes live before the pilot phase. Over seeds 1–10 of every shipped brief,
/// every deliverable of every service line written before its line's live phase (as the manifest
/// says) is free of statements about live operation, found by this test's own phrase list (not the
/// content library's tags).
/// </summary>
public sealed class LiveOperationTextTests
{
    // Statements that something already ran on the client's real work, written independently of the content files.
    private static readonly string[] LivePhrases =
    [
        "went live", "gone live", "is now live", "shadow mode closed", "cases compared with", "processed in shadow mode",
        "is in supervised mode", "worked in supervised mode", "since supervised mode began", "passed through the agent",
        "in its first month", "handled in production", "reviewers overrode", "measured on actuals", "the pilot measured",
        "over the pilot it holds", "guardrails blocked", "cases the agent did not touch",
    ];

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_PrePilotDeliverablesSeedsOneToTen_StateNoLiveOperation(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        foreach (var (line, type) in shipped.AllDeliverables().Where(d => !d.Line.IsLive(d.Type.Phase)))
        {
            for (ulong seed = 1; seed <= 10; seed++)
            {
                // A brief's own "never went live" says the opposite, so it is taken out before the search.
                var text = shipped.Compose(line, type, seed, live: false).ToLowerInvariant().Replace("never went live", "never launched", StringComparison.Ordinal);
                problems.AddRange(LivePhrases.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p => $"{line.Id}/{type.Id} seed {seed}: '{p}'"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Compose_LivePilotDeliverables_StateLiveOperation()
    {
        // Guards the test above: the phrase list finds live operation where the pilot has gone live.
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var live = shipped.AllDeliverables().Where(d => d.Line.IsLive(d.Type.Phase)).ToList();

        var found = live.Sum(d => Enumerable.Range(1, 10)
            .Select(s => shipped.Compose(d.Line, d.Type, (ulong)s, live: true).ToLowerInvariant())
            .Count(text => LivePhrases.Any(p => text.Contains(p, StringComparison.Ordinal))));

        Assert.NotEmpty(live);
        Assert.True(found >= 10, $"only {found} live drafts state live operation");
    }

    [Fact]
    public void IsLive_DefaultFirmPilotLine_SplitsAtControlledLaunchOnly()
    {
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));

        var live = shipped.AllDeliverables().Where(d => d.Line.IsLive(d.Type.Phase)).Select(d => d.Line.Id).Distinct().ToList();
        var prePilot = shipped.AllDeliverables().Count(d => !d.Line.IsLive(d.Type.Phase));

        Assert.Single(live);
        Assert.True(prePilot > 20, $"{prePilot} pre-pilot deliverables");
    }
}
