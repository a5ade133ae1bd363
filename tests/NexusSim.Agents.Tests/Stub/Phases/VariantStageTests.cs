using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Phases;

/// <summary>Issue 9 item 1: a variant tagged <c>live</c> is written only for a deliverable of a live phase; tags are checked on load.</summary>
public sealed class VariantStageTests
{
    private const string MixedSection =
        "# section: Zebra Crossing Status\n## variant\nThe crossing is planned for next quarter [@workshops].\n## variant live\nThe crossing opened and carried traffic all week [@telemetry].\n## variant pre-live\nThe crossing will open after the survey [@workshops].\n";

    [Fact]
    public void Load_UnknownVariantTag_NamesFileLineAndTheTags()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Zebra Crossing Status\n## variant\nText.\n## variant golive\nMore text.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 4), (error.FilePath, error.Line));
        Assert.Contains("'golive'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("## variant live", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TagOnNonSectionBlock_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# phrasing: zebra-extra\n## variant live\nA line.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 2), (error.FilePath, error.Line));
        Assert.Contains("Only section variants", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PreLiveDeliverable_NeverWritesLiveVariant()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-zebra.md", MixedSection);
        var library = ContentLibrary.Load(prompts.Directory);

        var drafts = Drafts(library, live: false);

        Assert.DoesNotContain(drafts, d => d.Contains("opened and carried", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains("will open after", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains("planned for next quarter", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_LiveDeliverable_NeverWritesPreLiveVariant()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-zebra.md", MixedSection);
        var library = ContentLibrary.Load(prompts.Directory);

        var drafts = Drafts(library, live: true);

        Assert.DoesNotContain(drafts, d => d.Contains("will open after", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains("opened and carried", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_SectionWithOnlyLiveText_PreLiveWritesTheGenericFallback()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-zebra.md", "# section: Zebra Crossing Status\n## variant live\nThe crossing opened and carried traffic all week [@telemetry].\n");
        var library = ContentLibrary.Load(prompts.Directory);

        var drafts = Drafts(library, live: false);

        Assert.DoesNotContain(drafts, d => d.Contains("opened and carried", StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.Contains("No content for Zebra Crossing Status", d, StringComparison.Ordinal));
    }

    private static List<string> Drafts(ContentLibrary library, bool live) =>
        [.. Enumerable.Range(1, 20).Select(seed => library.Compose(
            new DraftRequest("zebra", "Zebra Report", "Line", ["Zebra Crossing Status"], ContentSamples.Insurer, [], [], (ulong)seed) { Live = live }).Markdown)];
}
