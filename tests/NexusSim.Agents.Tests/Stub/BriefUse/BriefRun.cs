using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>
/// A run's clean deliverables as the stub's planner asks for them (each deliverable its own draft
/// seed, the run's one fact seed, live from the manifest), and the test's own reading of brief text.
/// </summary>
internal static partial class BriefRun
{
    public static TheoryData<string, string> ShippedBriefs => new()
    {
        { "agents", Path.Combine("briefs", "default.yaml") },
        { "agents", Path.Combine("briefs", "insurer-claims.yaml") },
        { "agents", Path.Combine("briefs", "retail-ops.yaml") },
        { Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml") },
    };

    public static (ContentLibrary Library, FirmManifest Manifest, Brief Brief, ServiceLine Line) Load(string firm, string briefPath)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var (schema, _) = BriefSchemaLoader.ForFirm(folder);
        var brief = BriefLoader.LoadFile(RepoFiles.Combine(briefPath), schema).Brief!;
        var line = manifest.ServiceLine(brief.ServiceLine ?? manifest.ServiceLines[0].Id);
        return (ContentLibrary.Load(RepoFiles.PromptsDirectory, folder), manifest, brief, line);
    }

    public static Dictionary<string, string> Deliverables(ContentLibrary library, FirmManifest manifest, BriefFacts brief, ServiceLine line, ulong seed) =>
        line.Deliverables.Select(manifest.DeliverableType).ToDictionary(
            t => t.Id,
            t => library.Compose(new DraftRequest(t.Id, t.Name, line.Name, t.RequiredSections, brief, [], [], StableHash.Seed(seed.ToString(CultureInfo.InvariantCulture), t.Id))
            {
                FactSeed = DraftRequest.FactSeedOf(seed.ToString(CultureInfo.InvariantCulture)),
                Live = line.IsLive(t.Phase),
            }).Markdown,
            StringComparer.Ordinal);

    /// <summary>The brief's sentences: each constraint, and each sentence of the situation and the stalled pilot.</summary>
    public static IReadOnlyList<string> Sentences(Brief brief) =>
        [.. brief.Constraints, .. Split(brief.Situation), .. Split(brief.StalledPilot)];

    /// <summary>Lower case, letters and digits only, single spaces: punctuation and Markdown cannot hide a copy.</summary>
    public static string Flat(string text) => string.Join(' ', NonWord().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static int Count(string flatText, string flatSentence)
    {
        var count = 0;
        for (var at = flatText.IndexOf(flatSentence, StringComparison.Ordinal); at >= 0; at = flatText.IndexOf(flatSentence, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> Split(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Split(' ').Length >= 4);

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
