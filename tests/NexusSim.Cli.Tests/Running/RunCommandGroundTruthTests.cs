using System.Text.Json;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// summary.json's defect figures against ground truth. The stub's ledger is written after the run to
/// ground-truth.json (no gate reads it); each defect it says reached the client is then looked for in
/// the released files with this test's own detection (plain heading, phrase and citation scans), and
/// the clichés found in the released files are counted independently of the ledger.
/// </summary>
public sealed class RunCommandGroundTruthTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_DefectsShipped_SummaryMatchesAnIndependentRecheckOfTheReleasedFiles()
    {
        // No gate checks the house voice, the evidence or the analytics in this firm, so planted uncited figures reach
        // the client (the format step's editorial pass replaces clichés on its own, so they may not).
        var manifest = FirmCopy.Create(Paths.ShippedManifest, _temp.Combine("firm"));
        var gates = Path.Combine(Path.GetDirectoryName(manifest)!, "firm", "quality.yaml");
        var original = await File.ReadAllTextAsync(gates);
        var edited = original.Replace("checks: [structure, voice]", "checks: [structure]", StringComparison.Ordinal)
            .Replace("checks: [evidence, consistency, analytics]", "checks: [consistency]", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        await File.WriteAllTextAsync(gates, edited);
        var config = _temp.Combine("defects.json");
        await File.WriteAllTextAsync(config, "{ \"NexusSim\": { \"Stub\": { \"Quality\": { \"Cliche\": 0.9, \"UnsourcedNumber\": 0.9, \"MissingSection\": 0.5, \"InconsistentTerm\": 0.5 } } } }");
        var output = _temp.Combine("out");

        var result = await CliRunner.RunEngagementAsync(output, "--config", config, "--manifest", Path.GetDirectoryName(manifest)!);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output);
        var defects = run.Summary.GetProperty("defects");
        var released = ReleasedDefects.LedgerReleased(run.Directory);
        Assert.True(released.Count > 0, "this configuration is meant to ship defects");
        Assert.Equal(released.Count, defects.GetProperty("shipped").GetInt32());
        Assert.Equal(defects.GetProperty("caught_total").GetInt32(), defects.GetProperty("caught").EnumerateObject().Sum(g => g.Value.GetInt32()));
        Assert.InRange(defects.GetProperty("caught_total").GetInt32(), 1, defects.GetProperty("planted").GetInt32());
        Assert.InRange(released.Count, 1, defects.GetProperty("planted").GetInt32());

        foreach (var defect in released)
        {
            var text = File.ReadAllText(Path.Combine(run.Directory, "deliverables", defect.Deliverable + ".md"));
            Assert.True(ReleasedDefects.Shows(text, defect), $"{defect.Deliverable}: the ledger says '{defect.Kind}: {defect.Target}' shipped, but the released file does not show it");
        }

        var banned = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "prompts", "voice", "banned-phrases.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(run.Directory, "deliverables"), "*.md"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var found = banned.Count(p => ReleasedDefects.HasPhrase(text, p));
            Assert.Equal(released.Count(d => d.Deliverable == id && d.Kind == "Cliche"), found);
        }
    }

    [Fact]
    public async Task Run_OneGateRuleChanged_FirstDraftsAreByteIdentical()
    {
        // One governance rule differs: the analytical gate allows one attempt instead of three.
        var manifest = FirmCopy.Create(Paths.ShippedManifest, _temp.Combine("firm"));
        FirmCopy.EditGate(Path.Combine(Path.GetDirectoryName(manifest)!, "firm", "quality.yaml"), "g1", maxAttempts: 1);

        var baseline = await CliRunner.RunEngagementAsync(_temp.Combine("a"));
        var variant = await CliRunner.RunEngagementAsync(_temp.Combine("b"), "--manifest", Path.GetDirectoryName(manifest)!);

        Assert.Equal(0, baseline.ExitCode);
        Assert.Equal(0, variant.ExitCode);
        var first = RunOutput.Single(_temp.Combine("a"));
        var second = RunOutput.Single(_temp.Combine("b"));
        // The runs diverged (the cap escalates what three attempts would rework), the drafts must not.
        Assert.NotEqual(
            (first.Number("turns"), first.Number("gate_attempts"), first.Number("escalations")),
            (second.Number("turns"), second.Number("gate_attempts"), second.Number("escalations")));
        var draftsA = FirstDrafts(first.Directory);
        var draftsB = FirstDrafts(second.Directory);
        Assert.True(draftsA.Count >= 6, "every deliverable has a first draft");
        Assert.Equal(draftsA.Keys.Order(StringComparer.Ordinal), draftsB.Keys.Order(StringComparer.Ordinal));
        Assert.All(draftsA, pair => Assert.Equal(pair.Value, draftsB[pair.Key]));
    }

    [Fact]
    public async Task Run_SectionsWithoutTemplate_EveryFallbackCounterMatchesTheReleasedSectionsThatUseIt()
    {
        // Two headings no template of the shared library answers, in two deliverable types: the generic fallback writes them.
        var manifest = FirmCopy.Create(Paths.ShippedManifest, _temp.Combine("firm"));
        var types = Path.Combine(Path.GetDirectoryName(manifest)!, "firm", "deliverables.yaml");
        var original = await File.ReadAllTextAsync(types);
        var edited = original
            .Replace("Regulatory Posture, AI/ML Footprint, Peer Benchmark]", "Regulatory Posture, AI/ML Footprint, Peer Benchmark, Ostrich Velvet Puzzles]", StringComparison.Ordinal)
            .Replace("[Use Cases, Impact, Feasibility, Readiness, Ranking]", "[Use Cases, Impact, Feasibility, Readiness, Ranking, Zebra Quarry Tides]", StringComparison.Ordinal);
        Assert.Contains("Ostrich Velvet Puzzles", edited, StringComparison.Ordinal);
        Assert.Contains("Zebra Quarry Tides", edited, StringComparison.Ordinal);
        await File.WriteAllTextAsync(types, edited);
        var output = _temp.Combine("out");

        var result = await CliRunner.RunEngagementAsync(output, "--manifest", Path.GetDirectoryName(manifest)!);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output);
        var openings = GenericOpenings();
        Assert.True(openings.Count >= 1, "the generic section template was not found");
        var perFile = run.Summary.GetProperty("deliverables").EnumerateArray().ToDictionary(
            d => d.GetProperty("id").GetString()!,
            d => d.GetProperty("fallback_sections").GetInt32());
        var found = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(run.Directory, "deliverables"), "*.md"))
        {
            var inFile = File.ReadAllText(file).Split("\n## ").Skip(1).Count(section => openings.Any(o => section.Contains(o, StringComparison.Ordinal)));
            Assert.Equal(inFile, perFile[Path.GetFileNameWithoutExtension(file)]);
            found += inFile;
        }

        Assert.Equal(2, found);
        Assert.Equal(found, run.Number("fallback_sections"));
        Assert.Equal(found, run.Summary.GetProperty("defects").GetProperty("generic_fallback_sections").GetInt32());
    }

    // The longest literal run of each generic-section variant's first line (placeholders and citations cut out).
    private static List<string> GenericOpenings()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "prompts", "content", "30-sections-common.md"));
        var start = Array.FindIndex(lines, l => l.Trim() == "# section: *");
        Assert.True(start >= 0, "no '# section: *' block");
        var openings = new List<string>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("# ", StringComparison.Ordinal); i++)
        {
            if (lines[i].Trim() == "## variant" && i + 1 < lines.Length)
            {
                var longest = Regex.Split(lines[i + 1], @"\{[^}]*\}|\[@[^\]]*\]").Select(p => p.Trim()).MaxBy(p => p.Length)!;
                openings.Add(longest);
            }
        }

        return openings;
    }

    // The first content each deliverable was submitted with, from the transcript's tool calls.
    private static Dictionary<string, string> FirstDrafts(string runDirectory)
    {
        var drafts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(runDirectory, "transcript.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            if (!record.RootElement.TryGetProperty("response", out var response) || response.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var content in response.GetProperty("messages").EnumerateArray().SelectMany(m => m.GetProperty("contents").EnumerateArray()))
            {
                if (content.TryGetProperty("name", out var name) && name.GetString()!.EndsWith("submit_deliverable", StringComparison.Ordinal)
                    && content.GetProperty("arguments") is var args && args.TryGetProperty("content", out var body))
                {
                    drafts.TryAdd(args.GetProperty("deliverable_id").GetString()!, body.GetString()!);
                }
            }
        }

        return drafts;
    }
}
