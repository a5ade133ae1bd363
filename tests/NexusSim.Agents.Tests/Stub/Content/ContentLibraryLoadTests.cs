using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class ContentLibraryLoadTests
{
    [Fact]
    public void Load_ShippedLibrary_LoadsWithItsBannedPhrases()
    {
        var library = ContentLibrary.Load(ContentSamples.PromptsDirectory);

        Assert.Contains("synergy", library.BannedPhrases);
        Assert.Contains("low-hanging fruit", library.BannedPhrases);
        Assert.DoesNotContain(library.BannedPhrases, p => p.StartsWith('#'));
    }

    [Fact]
    public void Load_TextBeforeAnyBlock_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "\nstray text\n# section: Extra\n## variant\nText.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(2, error.Line);
        Assert.StartsWith($"{path}:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadAttributeLine_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Extra\naliases: more\nnot an attribute\n## variant\nText.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 3), (error.FilePath, error.Line));
    }

    [Fact]
    public void Load_UnknownPlaceholder_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Extra\n## variant\nFirst line.\n\nThe {colour} of money.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 5), (error.FilePath, error.Line));
        Assert.Contains("{colour}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FigureWithoutSource_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Extra\n## variant\nCosts fell by {pct:5-10} last year.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 3), (error.FilePath, error.Line));
    }

    [Fact]
    public void Load_UnknownSource_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Extra\n## variant\nCosts fell by {pct:5-10} [@rumour].\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 3), (error.FilePath, error.Line));
        Assert.Contains("rumour", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ClicheMissingFromBannedPhrases_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "\n# cliche: blue-sky thinking\nrewrite: open thinking\n## variant\nWe need blue-sky thinking.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 2), (error.FilePath, error.Line));
    }

    [Fact]
    public void Load_DuplicateSection_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Executive summary\n## variant\nText.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 1), (error.FilePath, error.Line));
    }

    [Fact]
    public void Load_NoContentDirectory_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "nexussim-no-such-prompts");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(missing));

        Assert.Contains("content", error.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExtraSectionFile_IsUsedForItsHeading()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", "# section: Bread waste\n## variant\nWaste at {client} is weighed daily by store.\n");
        var library = ContentLibrary.Load(prompts.Directory);

        var draft = library.Compose(ContentSamples.Request(["Bread waste"]));

        Assert.Contains("Waste at Harbor Mutual is weighed daily by store.", draft.Markdown, StringComparison.Ordinal);
    }
}
