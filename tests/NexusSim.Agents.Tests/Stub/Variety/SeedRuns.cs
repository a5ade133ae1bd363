using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Every deliverable of a brief's service line, written clean for seeds 1 to n, as the stub's planner
/// asks for them: each deliverable with its own draft seed, the run's one fact seed and its one record of written paragraphs, in plan order
/// through one <see cref="ContentLibrary"/>, as one run's author turns are.
/// </summary>
internal static class SeedRuns
{
    /// <summary>Run name ("seed n") to deliverable type id to Markdown, and the mask for the brief's client.</summary>
    public static (Dictionary<string, IReadOnlyDictionary<string, string>> Runs, TemplateMask Mask) Compose(string firm, string briefPath, int seeds)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var (schema, _) = BriefSchemaLoader.ForFirm(folder);
        var brief = BriefFacts.From(BriefLoader.LoadFile(RepoFiles.Combine(briefPath), schema).Brief!);
        var line = manifest.ServiceLine(BriefLoader.LoadFile(RepoFiles.Combine(briefPath), schema).Brief!.ServiceLine ?? manifest.ServiceLines[0].Id);
        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, folder);
        var runs = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        for (var seed = 1; seed <= seeds; seed++)
        {
            var text = seed.ToString(CultureInfo.InvariantCulture);
            var written = new WrittenParagraphs();
            runs["seed " + text] = line.Deliverables.Select(manifest.DeliverableType).ToDictionary(
                t => t.Id,
                t => library.Compose(new DraftRequest(t.Id, t.Name, line.Name, t.RequiredSections, brief, [], [], StableHash.Seed(text, t.Id))
                {
                    FactSeed = DraftRequest.FactSeedOf(text),
                    Written = written,
                }).Markdown,
                StringComparer.Ordinal);
        }

        return (runs, new TemplateMask(brief.Client, brief.Region));
    }
}
