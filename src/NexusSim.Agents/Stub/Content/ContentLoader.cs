using System.Globalization;
using NexusSim.Core.Files;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Reads prompts/content/*.md (in ordinal file-name order; README.md is documentation, not
/// content) and prompts/voice/banned-phrases.txt into <see cref="LibraryData"/>. Block kinds: <c>section</c> (aliases, keywords; variants),
/// <c>industry</c> (keywords, processes, metric, unit, baseline, regulation, benchmark; optionally worker, workers, customer, customers, exceptions, threshold),
/// <c>source</c> (text), <c>cliche</c> (rewrite; variants are sentences using the phrase),
/// <c>phrasing</c> (variants), <c>key-facts</c> (service-lines; one variant: the Key facts entries, see <see cref="KeyFactSet"/>), <c>regulation</c> (regions, industries, text) and <c>variants</c> (more
/// variants for the section of that name, from any file; see <see cref="SectionVariants"/>). A firm's manifest folder may carry its own <c>content/*.md</c> and
/// <c>voice/banned-phrases.txt</c>: its blocks come first and replace the shared blocks of the same
/// kind and name; its banned phrases replace the shared list (shared clichés it does not ban are dropped).
/// </summary>
internal static class ContentLoader
{
    private const long MaxFileBytes = 1024 * 1024;

    private static readonly Dictionary<string, string[]> AllowedKeys = new(StringComparer.Ordinal)
    {
        // "fallback" (free text, read by no code) marks a block no shipped deliverable's heading reaches, kept for a firm's own headings.
        ["section"] = ["aliases", "keywords", "fallback", SectionTemplate.ServiceLinesKey],
        ["industry"] = ["keywords", "processes", "metric", "unit", "baseline", "regulation", "benchmark", "worker", "workers", "customer", "customers", "exceptions", "threshold"],
        ["source"] = ["text"],
        ["cliche"] = ["rewrite"],
        ["phrasing"] = [],
        ["regulation"] = ["regions", "industries", "text"],
        ["constraint"] = ["keywords", "headings"],
        ["restate"] = ["to"],
        ["situation"] = ["keywords", "headings"],
        ["fact"] = ["range", "of", "sum", "source", "says"],
        ["variants"] = [],
        [WordingSet.Kind] = [WordingSet.AlternativesKey, WordingSet.PerKey],
        [KeyFactSet.Kind] = [KeyFactSet.ServiceLinesKey],
    };

    /// <summary>The firm's content folder and banned-phrases file, relative to its manifest folder.</summary>
    public const string FirmContentFolder = "content";

    /// <inheritdoc cref="FirmContentFolder"/>
    public static readonly string FirmBannedFile = Path.Combine("voice", "banned-phrases.txt");

    public static LibraryData Load(string promptsDirectory, string? firmDirectory = null)
    {
        var contentDirectory = Path.Combine(promptsDirectory, "content");
        if (!Directory.Exists(contentDirectory))
        {
            throw new ContentLibraryException(contentDirectory, 0, "The content library directory does not exist.");
        }

        var firmBanned = firmDirectory is null ? null : Path.Combine(firmDirectory, FirmBannedFile);
        var ownBanned = firmBanned is not null && File.Exists(firmBanned);
        var banned = ownBanned
            ? LoadBanned(firmBanned!)
            : LoadBanned(Path.Combine(promptsDirectory, "voice", "banned-phrases.txt"));
        var firmContent = firmDirectory is null ? null : Path.Combine(firmDirectory, FirmContentFolder);
        var firmBlocks = firmContent is not null && Directory.Exists(firmContent) ? Blocks(firmContent, firmDirectory!) : [];
        var sharedBlocks = Blocks(contentDirectory, promptsDirectory);
        var owned = new HashSet<string>(firmBlocks.Select(b => b.Kind + ":" + b.Name.ToLowerInvariant()), StringComparer.Ordinal);
        var blocks = firmBlocks
            .Concat(sharedBlocks.Where(b => !owned.Contains(b.Kind + ":" + b.Name.ToLowerInvariant())
                && (!ownBanned || b.Kind != "cliche" || banned.Contains(b.Name, StringComparer.OrdinalIgnoreCase))))
            .ToList();

        var sections = SectionVariants.Merge(blocks.Where(b => b.Kind == "section").ToList(), firmBlocks, sharedBlocks);
        var industries = blocks.Where(b => b.Kind == "industry").Select(Industry).ToList();
        var cliches = blocks.Where(b => b.Kind == "cliche").Select(b => Cliche(b, banned)).ToList();
        var data = new LibraryData(
            sections.Where(s => s.Heading != SectionTemplate.Generic).ToList(),
            sections.FirstOrDefault(s => s.Heading == SectionTemplate.Generic) ?? throw Missing(contentDirectory, "section: *"),
            industries.Where(i => i.Name != IndustryProfile.Generic).ToList(),
            industries.FirstOrDefault(i => i.Name == IndustryProfile.Generic) ?? throw Missing(contentDirectory, "industry: *"),
            blocks.Where(b => b.Kind == "source").ToDictionary(b => b.Name, b => b.Attribute("text"), StringComparer.Ordinal),
            cliches,
            blocks.Where(b => b.Kind == "phrasing").ToDictionary(b => b.Name, b => b.Variants, StringComparer.Ordinal),
            banned)
        {
            Wordings = [.. blocks.Where(b => b.Kind == WordingSet.Kind).Select(WordingSet.From)],
            Regulations = [.. blocks.Where(b => b.Kind == "regulation").Select(b =>
                new RegulationRule(b.Name, b.ListAttribute("regions"), b.ListAttribute("industries"), b.Attribute("text"), b.FilePath, b.Line))],
            ConstraintTopics = [.. blocks.Where(b => b.Kind == "constraint").Select(b =>
                new ConstraintTopic(b.Name, b.ListAttribute("keywords"), b.ListAttribute("headings"), b.Variants, b.FilePath, b.Line))],
            DeclaredFacts = [.. blocks.Where(b => b.Kind == "fact").Select(DeclaredFacts.Read)],
            Restatements = [.. blocks.Where(b => b.Kind == "restate").Select(b => (b.Name, b.Attribute("to")))],
            SituationTopics = [.. blocks.Where(b => b.Kind == "situation").Select(b =>
                new ConstraintTopic(b.Name, b.ListAttribute("keywords"), b.ListAttribute("headings"), b.Variants, b.FilePath, b.Line))],
            KeyFactSets = [.. blocks.Where(b => b.Kind == KeyFactSet.Kind).Select(KeyFactSet.From)],
        };
        var absentSource = new[] { LibraryData.BriefSource, LibraryData.FallbackSource }.FirstOrDefault(s => !data.Sources.ContainsKey(s));
        if (absentSource is not null)
        {
            throw Missing(contentDirectory, "source: " + absentSource);
        }

        var absentPhrasing = new[] { LibraryData.FrontMatterPhrasing, LibraryData.TermUsagePhrasing }.FirstOrDefault(p => !data.Phrasings.ContainsKey(p));
        if (absentPhrasing is not null)
        {
            throw Missing(contentDirectory, "phrasing: " + absentPhrasing);
        }

        LibraryValidator.Validate(data);
        return data;
    }

    // A folder's blocks, each checked (kind, attributes, variants, no duplicate within the folder).
    private static List<ContentBlock> Blocks(string contentDirectory, string root)
    {
        var blocks = Directory.GetFiles(contentDirectory, "*.md")
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .SelectMany(f => ContentFileParser.Parse(f, ReadSafely(f, root)))
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            Check(block, seen);
        }

        return blocks;
    }

    private static List<string> LoadBanned(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentLibraryException(path, 0, "The banned-phrases file does not exist.");
        }

        return ReadSafely(path, Path.GetDirectoryName(Path.GetDirectoryName(path))!).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string ReadSafely(string path, string folder)
    {
        var read = SafeFileReader.ReadText(path, folder, MaxFileBytes);
        return read.Ok ? read.Text! : throw new ContentLibraryException(path, 0, read.Message);
    }

    private static void Check(ContentBlock block, HashSet<string> seen)
    {
        if (!AllowedKeys.TryGetValue(block.Kind, out var keys))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Unknown block kind '{block.Kind}'; use section, variants, wording, industry, source, cliche, phrasing, key-facts, regulation, constraint, restate, situation or fact.");
        }

        if (block.Kind != SectionVariants.Kind && !seen.Add(block.Kind + ":" + block.Name.ToLowerInvariant()))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Duplicate block '{block.Kind}: {block.Name}'.");
        }

        var unknown = block.Attributes.Keys.FirstOrDefault(k => !keys.Contains(k));
        if (unknown is not null)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Unknown attribute '{unknown}' in block '{block.Kind}: {block.Name}'; allowed: {string.Join(", ", keys)}.");
        }

        VariantStages.Check(block);
        var needsVariants = block.Kind is "section" or "cliche" or "phrasing" or "constraint" or "situation" or SectionVariants.Kind or KeyFactSet.Kind;
        if (needsVariants && block.Variants.Count == 0)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{block.Kind}: {block.Name}' has no '{ContentFileParser.VariantHeading}'.");
        }

        if (!needsVariants && block.Variants.Count > 0)
        {
            throw new ContentLibraryException(block.FilePath, block.Variants[0].FirstLine, $"Block '{block.Kind}: {block.Name}' takes no variants.");
        }

        var required = block.Kind switch
        {
            "source" => ["text"],
            "cliche" => ["rewrite"],
            "industry" => new[] { "processes", "metric", "unit", "baseline", "regulation", "benchmark" },
            "regulation" => ["regions", "industries", "text"],
            "constraint" => ["headings"],
            "situation" => ["keywords", "headings"],
            "restate" => ["to"],
            "fact" => ["source", "says"],
            WordingSet.Kind => [WordingSet.AlternativesKey],
            _ => [],
        };
        var absent = required.FirstOrDefault(k => block.Attribute(k).Length == 0);
        if (absent is not null)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{block.Kind}: {block.Name}' needs a '{absent}:' line.");
        }
    }

    private static IndustryProfile Industry(ContentBlock block)
    {
        var range = block.Attribute("baseline").Split('-', StringSplitOptions.TrimEntries);
        if (range.Length != 2
            || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || max < min)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Industry '{block.Name}': 'baseline:' must be a range 'min-max' of whole numbers.");
        }

        if (min < 1)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Industry '{block.Name}': 'baseline:' must start at 1 or more (got '{block.Attribute("baseline")}'): the peers' median and top quartile of the metric are drawn below the client's baseline.");
        }

        var profile = new IndustryProfile(
            block.Name,
            block.ListAttribute("keywords"),
            block.ListAttribute("processes"),
            block.Attribute("metric"),
            block.Attribute("unit"),
            min,
            max,
            block.Attribute("regulation"),
            block.Attribute("benchmark"),
            block.FilePath,
            block.Line);
        var (worker, workers) = Pair(block, "worker", "workers", "one person, e.g. planner", "several, e.g. planners");
        var (customer, customers) = Pair(block, "customer", "customers", "one person the work serves, e.g. patient", "several, e.g. patients");
        var (exceptions, threshold) = (block.Attribute("exceptions"), block.Attribute("threshold"));
        return profile with
        {
            Worker = worker ?? profile.Worker,
            Workers = workers ?? profile.Workers,
            Customer = customer ?? profile.Customer,
            Customers = customers ?? profile.Customers,
            Exceptions = exceptions.Length > 0 ? exceptions : profile.Exceptions,
            Threshold = threshold.Length > 0 ? threshold : profile.Threshold,
        };
    }

    // An optional singular and plural given together ("worker:" and "workers:"), or neither (nulls: the defaults stand).
    private static (string? One, string? Many) Pair(ContentBlock block, string one, string many, string oneExample, string manyExample)
    {
        var (single, plural) = (block.Attribute(one), block.Attribute(many));
        if ((single.Length == 0) != (plural.Length == 0))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Industry '{block.Name}': give both '{one}:' ({oneExample}) and '{many}:' ({manyExample}), or neither.");
        }

        return single.Length == 0 ? (null, null) : (single, plural);
    }

    private static ClicheEntry Cliche(ContentBlock block, List<string> banned)
    {
        if (!banned.Contains(block.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Cliché '{block.Name}' is not in the firm's voice/banned-phrases.txt; add it there or remove the block.");
        }

        return new ClicheEntry(block.Name, block.Attribute("rewrite"), block.Variants);
    }

    private static ContentLibraryException Missing(string directory, string block) =>
        new(directory, 0, $"The content library must define '# {block}'.");
}
