using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// The tests' one composer of "every deliverable of a brief, seeds 1 to n, as the stub's planner asks
/// for them": a firm and one of its briefs loaded once (manifest, brief schema, brief, service line,
/// content library), and each run's deliverables written in plan order with their own draft seed, the
/// run's one fact seed, live from the manifest and one record of written paragraphs per run
/// (<see cref="RunOptions"/> changes any of those).
/// </summary>
internal sealed class ShippedBriefRun
{
    private ShippedBriefRun(ContentLibrary library, FirmManifest manifest, Brief brief, ServiceLine line)
    {
        Library = library;
        Manifest = manifest;
        Brief = brief;
        Facts = BriefFacts.From(brief);
        Line = line;
    }

    /// <summary>
    /// Every shipped brief of both shipped firms: firm folder, brief path (repository-relative). The default
    /// firm's are every briefs/*.yaml, read from the folder, so a brief added there is held to every content
    /// test at once (a hand-kept list missed the two added in session 24).
    /// </summary>
    public static TheoryData<string, string> ShippedBriefs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in BriefFiles())
            {
                data.Add("agents", Path.Combine("briefs", file));
            }

            data.Add(Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml"));
            return data;
        }
    }

    /// <summary>
    /// The default firm's shipped briefs, by file name (every briefs/*.yaml, read from the folder): for a test that
    /// runs one of the firm's lines (<see cref="RunOptions.LineOf"/>) with each client.
    /// </summary>
    public static TheoryData<string> FirmBriefs => [.. BriefFiles()];

    private static IEnumerable<string> BriefFiles() =>
        System.IO.Directory.EnumerateFiles(RepoFiles.Combine("briefs"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    public ContentLibrary Library { get; }

    public FirmManifest Manifest { get; }

    public Brief Brief { get; }

    public BriefFacts Facts { get; }

    /// <summary>The brief's service line (the manifest's first when the brief names none).</summary>
    public ServiceLine Line { get; }

    /// <summary>Loads the firm in <paramref name="firm"/> and the brief at <paramref name="briefPath"/> (each read once).</summary>
    public static ShippedBriefRun Load(string firm, string briefPath)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var (schema, _) = BriefSchemaLoader.ForFirm(folder);
        var brief = BriefLoader.LoadFile(RepoFiles.Combine(briefPath), schema).Brief!;
        var line = manifest.ServiceLine(brief.ServiceLine ?? manifest.ServiceLines[0].Id);
        return new ShippedBriefRun(ContentLibrary.Load(RepoFiles.PromptsDirectory, folder), manifest, brief, line);
    }

    /// <summary>Every deliverable of every service line of the firm, in manifest order.</summary>
    public IEnumerable<(ServiceLine Line, DeliverableType Type)> AllDeliverables() =>
        Manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (l, Manifest.DeliverableType(d))));

    /// <summary>The brief's line's deliverables (or, with <see cref="RunOptions.AllLines"/>, every line's; with <see cref="RunOptions.LineOf"/>, another line's) for one seed: type id to Markdown.</summary>
    public Dictionary<string, string> Run(ulong seed, RunOptions? options = null)
    {
        options ??= RunOptions.AsPlanned;
        var written = options.RecordParagraphs ? new WrittenParagraphs() : null;
        var line = options.LineOf is null ? Line : Manifest.ServiceLines.FirstOrDefault(l => l.Deliverables.Contains(options.LineOf, StringComparer.Ordinal))
            ?? throw new ArgumentException($"No service line of {Manifest.Firm.Name} has the deliverable '{options.LineOf}'.", nameof(options));
        var deliverables = options.AllLines ? AllDeliverables() : line.Deliverables.Select(d => (line, Manifest.DeliverableType(d)));
        return deliverables.ToDictionary(
            d => d.Item2.Id,
            d => Compose(d.Item1, d.Item2, seed, options.Live ?? d.Item1.IsLive(d.Item2.Phase), written),
            StringComparer.Ordinal);
    }

    /// <summary>Runs for seeds 1 to <paramref name="seeds"/>, keyed "seed n".</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> Runs(int seeds, RunOptions? options = null) =>
        Enumerable.Range(1, seeds).ToDictionary(
            s => "seed " + s.ToString(CultureInfo.InvariantCulture),
            s => (IReadOnlyDictionary<string, string>)Run((ulong)s, options),
            StringComparer.Ordinal);

    /// <summary>One deliverable as the planner asks for it in the run seeded <paramref name="seed"/>.</summary>
    public string Compose(ServiceLine line, DeliverableType type, ulong seed, bool live, WrittenParagraphs? written = null) =>
        Library.Compose(Request(line, type, seed) with { Live = live, Written = written }).Markdown;

    /// <summary>
    /// A deliverable of a firm's own, titled "Own Deliverable", with <paramref name="headings"/> (which a shipped deliverable
    /// may not have, so fallback blocks answer them), in the run seeded <paramref name="seed"/>: its draft seed keyed by
    /// <paramref name="id"/>, the run's fact seed.
    /// </summary>
    public string ComposeOwn(string id, IReadOnlyList<string> headings, ulong seed, bool live = false, WrittenParagraphs? written = null)
    {
        var text = seed.ToString(CultureInfo.InvariantCulture);
        return Library.Compose(new DraftRequest(id, "Own Deliverable", Line.Name, headings, Facts, [], [], StableHash.Seed(text, id))
        {
            FactSeed = DraftRequest.FactSeedOf(text),
            Live = live,
            Written = written,
        }).Markdown;
    }

    /// <summary>The engagement's fact base in the run seeded <paramref name="seed"/>: every deliverable of the run states its values.</summary>
    public FactBase FactBase(ulong seed) => Library.Facts(Request(Line, Manifest.DeliverableType(Line.Deliverables[0]), seed));

    // The request the planner makes for a deliverable: its own draft seed, the run's fact seed.
    private DraftRequest Request(ServiceLine line, DeliverableType type, ulong seed)
    {
        var text = seed.ToString(CultureInfo.InvariantCulture);
        return new DraftRequest(type.Id, type.Name, line.Name, type.RequiredSections, Facts, [], [], StableHash.Seed(text, type.Id))
        {
            FactSeed = DraftRequest.FactSeedOf(text),
            ServiceLineWeeks = line.Weeks,
        };
    }

    /// <summary>The lines of a deliverable's <c>## heading</c> section, up to the next <c>## </c> heading; empty when it has none.</summary>
    public static List<string> SectionLines(string markdown, string heading) =>
        [.. markdown.Split('\n').SkipWhile(l => !l.StartsWith("## " + heading, StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))];

    /// <summary>How <see cref="Run"/> departs from the planner.</summary>
    /// <param name="AllLines">Every service line's deliverables, not only the brief's line.</param>
    /// <param name="Live">Every deliverable live (true) or not (false); null: from the manifest, as the planner does.</param>
    /// <param name="RecordParagraphs">One record of written paragraphs per run, as the planner keeps; false writes without looking.</param>
    /// <param name="LineOf">A deliverable type id: the deliverables of the service line that has it, in its order, as if the brief had named
    /// that line (so a section one line writes can be read with another brief's client); null: the brief's own line.</param>
    public sealed record RunOptions(bool AllLines = false, bool? Live = null, bool RecordParagraphs = true, string? LineOf = null)
    {
        /// <summary>As the planner asks.</summary>
        public static RunOptions AsPlanned { get; } = new();
    }
}
