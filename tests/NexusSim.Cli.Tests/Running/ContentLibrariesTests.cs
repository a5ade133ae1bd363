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

    private static TempDirectory Firm(string summary)
    {
        var firm = new TempDirectory();
        Directory.CreateDirectory(firm.Combine("content"));
        File.WriteAllText(firm.Combine("content", "10-mine.md"), Section + summary + "\n");
        return firm;
    }
}
