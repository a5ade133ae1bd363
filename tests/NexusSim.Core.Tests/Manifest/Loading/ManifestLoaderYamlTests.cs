using System.Diagnostics;
using System.Text;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Loading.Yaml;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>What the YAML reader refuses before any mapping: empty, huge or malformed files, aliases, tags.</summary>
public sealed class ManifestLoaderYamlTests
{
    private const string Entry = ValidManifest.EntryFile;

    [Fact]
    public void Load_EmptyFile_ReportsFileEmptyAtLineOne()
    {
        using var workspace = ManifestWorkspace.WithEntry(string.Empty);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.FileEmpty, Entry, 1, "The file is empty.");
    }

    [Theory]
    [InlineData("   \n\n      \n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("---\n...\n")]
    public void Load_WhitespaceOrNothingButComments_ReportsFileEmpty(string text)
    {
        using var workspace = ManifestWorkspace.WithEntry(text);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.FileEmpty, Entry, 1, "The file is empty.");
    }

    [Fact]
    public void Load_FolderWithoutEntryFile_NamesTheFolderAndItsEntryPath()
    {
        using var workspace = ManifestWorkspace.Valid().Delete(Entry);

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.FileNotFound, error.Code);
        Assert.Equal(Path.GetFullPath(workspace.PathOf(Entry)), error.Location.ToString());
        Assert.Equal($"The folder '{Path.GetFullPath(workspace.Directory)}' has no manifest.yaml.", error.Message);
        Assert.Contains("nexussim init", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manifest.yml")]
    [InlineData("Manifest.yaml")]
    public void Load_FolderWithANearMissName_FixNamesTheFileToRename(string nearMiss)
    {
        using var workspace = ManifestWorkspace.Valid();
        File.Move(workspace.PathOf(Entry), workspace.PathOf(nearMiss));

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.FileNotFound, error.Code);
        Assert.Equal($"Rename '{nearMiss}' to 'manifest.yaml' (the name is exact, lower case, .yaml).", error.Fix);
    }

    [Theory]
    [InlineData("no-such-firm")]
    [InlineData("no-such-folder/manifest.yaml")]
    public void Load_NothingAtThePath_NamesTheWholePathWithoutALine(string missing)
    {
        using var workspace = ManifestWorkspace.Valid();
        var path = workspace.PathOf(missing);

        var result = ManifestLoader.Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.FileNotFound, error.Code);
        Assert.Equal(Path.GetFullPath(path), error.Location.ToString());
        Assert.Contains($"'{Path.GetFullPath(path)}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOverOneMiB_RefusedQuicklyWithoutParsing()
    {
        // Malformed YAML: were the file parsed, a syntax error would be reported too.
        var text = "key: [unclosed\n" + new string('#', (int)ManifestLoader.MaxFileBytes);
        using var workspace = ManifestWorkspace.WithEntry(text);
        var clock = Stopwatch.StartNew();

        var result = workspace.Load();

        clock.Stop();
        ManifestAssert.OnlyError(result, ErrorCodes.FileTooLarge, Entry, 1, $"is {Encoding.UTF8.GetByteCount(text)} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public void Load_AliasBomb_RefusedFastWithBoundedMemory()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        using var workspace = ManifestWorkspace.WithEntry(bomb.ToString());
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var result = workspace.Load();

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        ManifestAssert.HasError(result, ErrorCodes.AliasRefused, Entry, 2, "Alias '*a' is not allowed.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Took {clock.Elapsed}.");
        Assert.True(allocated < 16 * 1024 * 1024, $"Allocated {allocated} bytes.");
    }

    [Fact]
    public void Load_Anchor_ReportsAnchorRefused()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("model: \"model-standard\"", "model: &m \"model-standard\"");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.AliasRefused, Entry, workspace.LineOf("&m"), "Anchor '&m' is not allowed.");
    }

    [Fact]
    public void Load_AnchorAndAlias_ReportsTheAlias()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("title: \"Research analyst\"", "title: &job \"Research analyst\"")
            .Replace("title: \"Quality editor\"", "title: *job");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.AliasRefused, Entry, workspace.LineOf("*job"), "Alias '*job' is not allowed.");
    }

    [Fact]
    public void Load_MalformedYaml_ReportsSyntaxErrorWithLineAndColumn()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("description: \"A three-agent firm used by the loader tests.\"", "description: one: two");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.SyntaxError, Entry, workspace.LineOf("one: two"), "YAML syntax error");
        Assert.Equal(workspace.ColumnOf(Entry, ": two"), error.Location.Column);
    }

    [Fact]
    public void Load_UnclosedFlowListBeforeAnotherKey_ReportsSyntaxErrorAtItsLine()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("description: \"A three-agent firm used by the loader tests.\"", "description: [unclosed\n  oops: x");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.SyntaxError, Entry, workspace.LineOf("[unclosed"), "flow list or map");
    }

    [Fact]
    public void Load_SecondDocument_ReportsMultipleDocuments()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - [analyst, editor]", "  - [analyst, editor]\n---\nextra: 1");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.MultipleDocuments, Entry, workspace.LineOf("---"), "more than one YAML document");
    }

    [Fact]
    public void Load_ExplicitTag_ReportsTagRefused()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("weeks: 4", "weeks: !!int 4");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.TagRefused, Entry, workspace.LineOf("!!int"), "Tag 'tag:yaml.org,2002:int' is not allowed.");
    }

    [Fact]
    public void Load_NestingDeeperThanLimit_ReportsTooDeep()
    {
        var deep = new string('[', YamlTreeBuilder.MaxDepth + 2) + new string(']', YamlTreeBuilder.MaxDepth + 2);
        using var workspace = ManifestWorkspace.Valid().Replace("handoff_fields: [goal, context, done_criteria]", $"handoff_fields: {deep}");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.TooDeep, Entry, workspace.LineOf("handoff_fields:"), "nests deeper than 32 levels");
    }

    [Fact]
    public void Load_ListAsMapKey_ReportsKeyNotText()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("escalation:\n", "? [odd, key]\n: value\nescalation:\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.KeyNotText, Entry, workspace.LineOf("[odd, key]"), "A map key must be plain text");
    }

    [Fact]
    public void Load_DuplicateKey_ReportsTheSecondWithTheFirstLine()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  name: \"Tiny Firm\"\n", "  name: \"Tiny Firm\"\n  name: \"Other Firm\"\n");

        var result = workspace.Load();

        var first = workspace.LineOf("\"Tiny Firm\"");
        ManifestAssert.OnlyError(result, ErrorCodes.DuplicateKey, Entry, workspace.LineOf("\"Other Firm\""),
            $"Key 'name' appears twice in this map (first at line {first}).");
    }
}
