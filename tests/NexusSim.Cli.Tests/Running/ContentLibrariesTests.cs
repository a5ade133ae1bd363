using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

public sealed class ContentLibrariesTests
{
    private const string Section = "# section: Executive summary\n## variant\n";

    [Fact]
    public void Library_SameFirmContentAskedTwice_LoadsItOnce()
    {
        using var firm = Firm("Our first summary for {client} [@brief].");
        var libraries = new ContentLibraries();

        var first = libraries.Library(firm.Path);
        var again = libraries.Library(firm.Path);

        Assert.Same(first, again);
        Assert.Equal(1, libraries.Count);
    }

    [Fact]
    public void Library_FirmContentEditedAfterLoading_LoadsTheEditedContent()
    {
        using var firm = Firm("Our first summary for {client} [@brief].");
        var libraries = new ContentLibraries();
        var before = libraries.Library(firm.Path);

        File.WriteAllText(firm.Combine("content", "10-mine.md"), Section + "Our edited summary for {client} [@brief].\n");
        var after = libraries.Library(firm.Path);

        Assert.NotSame(before, after);
        Assert.Equal(["Our first summary for {client} [@brief]."], before.TemplateVariants("Executive summary"));
        Assert.Equal(["Our edited summary for {client} [@brief]."], after.TemplateVariants("Executive summary"));
    }

    [Fact]
    public void Library_TwoInstances_ShareNoLoadedLibrary()
    {
        using var firm = Firm("Our first summary for {client} [@brief].");
        var first = new ContentLibraries();
        var second = new ContentLibraries();

        var fromFirst = first.Library(firm.Path);
        var fromSecond = second.Library(firm.Path);

        Assert.NotSame(fromFirst, fromSecond);
        Assert.Equal(1, first.Count);
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public void Library_MalformedFileThenFixed_ReportsTheErrorThenLoadsTheFixedFile()
    {
        using var firm = Firm("Our first summary for {client} [@brief].");
        var libraries = new ContentLibraries();
        File.WriteAllText(firm.Combine("content", "10-mine.md"), "no block heading here\n");
        Assert.Throws<Agents.Stub.Content.ContentLibraryException>(() => libraries.Library(firm.Path));

        File.WriteAllText(firm.Combine("content", "10-mine.md"), Section + "Our fixed summary for {client} [@brief].\n");
        var fixedLibrary = libraries.Library(firm.Path);

        Assert.Equal(["Our fixed summary for {client} [@brief]."], fixedLibrary.TemplateVariants("Executive summary"));
    }

    [Fact]
    public void PromptsHash_AFileEditedOrAdded_ChangesWhileTheSameFilesHashAlike()
    {
        using var one = Prompts();
        using var two = Prompts();
        var original = new ContentLibraries().PromptsHash(one.Path);

        Assert.Equal(original, new ContentLibraries().PromptsHash(two.Path));

        File.WriteAllText(two.Combine("tasks", "research.md"), "Research the client, citing every source.\n");
        var edited = new ContentLibraries().PromptsHash(two.Path);
        File.WriteAllText(one.Combine("content", "99-more.md"), "# section: More\n## variant\nMore.\n");
        var added = new ContentLibraries().PromptsHash(one.Path);

        File.WriteAllText(two.Combine("content", "README.md"), "How this library is laid out.\n");

        Assert.Equal(3, new[] { original, edited, added }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(edited, new ContentLibraries().PromptsHash(two.Path));
    }

    [Fact]
    public void PromptsHash_AskedAgainAfterAnEdit_IsTheOneThisContainerReadFirst()
    {
        using var prompts = Prompts();
        var libraries = new ContentLibraries();
        var first = libraries.PromptsHash(prompts.Path);

        File.WriteAllText(prompts.Combine("tasks", "research.md"), "Research the client, citing every source.\n");

        Assert.Equal(first, libraries.PromptsHash(prompts.Path));
        Assert.NotEqual(first, new ContentLibraries().PromptsHash(prompts.Path));
    }

    private static TempDirectory Prompts()
    {
        var prompts = new TempDirectory();
        Directory.CreateDirectory(prompts.Combine("tasks"));
        Directory.CreateDirectory(prompts.Combine("content"));
        File.WriteAllText(prompts.Combine("tasks", "research.md"), "Research the client.\n");
        File.WriteAllText(prompts.Combine("content", "30-sections.md"), Section + "A summary for {client} [@brief].\n");
        return prompts;
    }

    private static TempDirectory Firm(string summary)
    {
        var firm = new TempDirectory();
        Directory.CreateDirectory(firm.Combine("content"));
        File.WriteAllText(firm.Combine("content", "10-mine.md"), Section + summary + "\n");
        return firm;
    }
}
