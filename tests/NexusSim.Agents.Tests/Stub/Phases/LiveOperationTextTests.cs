using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;

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

    public static TheoryData<string, string> ShippedBriefs => new()
    {
        { "agents", Path.Combine("briefs", "default.yaml") },
        { "agents", Path.Combine("briefs", "insurer-claims.yaml") },
        { "agents", Path.Combine("briefs", "retail-ops.yaml") },
        { Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml") },
    };

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_PrePilotDeliverablesSeedsOneToTen_StateNoLiveOperation(string firm, string briefPath)
    {
        var (library, manifest, brief) = Load(firm, briefPath);
        var problems = new List<string>();

        foreach (var (line, type) in Deliverables(manifest).Where(d => !d.Line.IsLive(d.Type.Phase)))
        {
            for (ulong seed = 1; seed <= 10; seed++)
            {
                // A brief's own "never went live" says the opposite, so it is taken out before the search.
                var text = Compose(library, line, type, brief, seed, live: false).ToLowerInvariant().Replace("never went live", "never launched", StringComparison.Ordinal);
                problems.AddRange(LivePhrases.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p => $"{line.Id}/{type.Id} seed {seed}: '{p}'"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Compose_LivePilotDeliverables_StateLiveOperation()
    {
        // Guards the test above: the phrase list finds live operation where the pilot has gone live.
        var (library, manifest, brief) = Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var live = Deliverables(manifest).Where(d => d.Line.IsLive(d.Type.Phase)).ToList();

        var found = live.Sum(d => Enumerable.Range(1, 10)
            .Select(s => Compose(library, d.Line, d.Type, brief, (ulong)s, live: true).ToLowerInvariant())
            .Count(text => LivePhrases.Any(p => text.Contains(p, StringComparison.Ordinal))));

        Assert.NotEmpty(live);
        Assert.True(found >= 10, $"only {found} live drafts state live operation");
    }

    [Fact]
    public void IsLive_DefaultFirmPilotLine_SplitsAtControlledLaunchOnly()
    {
        var manifest = ManifestLoader.Load(RepoFiles.Combine("agents")).Manifest!;

        var live = Deliverables(manifest).Where(d => d.Line.IsLive(d.Type.Phase)).Select(d => d.Line.Id).Distinct().ToList();
        var prePilot = Deliverables(manifest).Count(d => !d.Line.IsLive(d.Type.Phase));

        Assert.Single(live);
        Assert.True(prePilot > 20, $"{prePilot} pre-pilot deliverables");
    }

    private static IEnumerable<(ServiceLine Line, DeliverableType Type)> Deliverables(FirmManifest manifest) =>
        manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (l, manifest.DeliverableType(d))));

    private static string Compose(ContentLibrary library, ServiceLine line, DeliverableType type, BriefFacts brief, ulong seed, bool live) =>
        library.Compose(new DraftRequest(type.Id, type.Name, line.Name, type.RequiredSections, brief, [], [], StableHash.Seed(seed.ToString(CultureInfo.InvariantCulture), type.Id))
        {
            FactSeed = DraftRequest.FactSeedOf(seed.ToString(CultureInfo.InvariantCulture)),
            Live = live,
        }).Markdown;

    private static (ContentLibrary Library, FirmManifest Manifest, BriefFacts Brief) Load(string firm, string briefPath)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var (schema, _) = BriefSchemaLoader.ForFirm(folder);
        var brief = BriefLoader.LoadFile(RepoFiles.Combine(briefPath), schema).Brief!;
        return (ContentLibrary.Load(RepoFiles.PromptsDirectory, folder), manifest, BriefFacts.From(brief));
    }
}
