using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>One run writes no paragraph twice: a section that would repeat another section's paragraph is redrawn.</summary>
public sealed class ParagraphMemoryTests
{
    private const string Section =
        "# section: Bread waste\n## variant\nOvens run nightly at the bakery.\n## variant\nFlour arrives weekly at the bakery.\n";

    [Fact]
    public void Compose_TwoDeliverablesWithoutTheRunsRecord_RepeatAParagraphForSomeSeed()
    {
        // The premise the next test depends on: with two variants, two deliverables often pick the same one.
        var library = Library(out var prompts);
        using var _ = prompts;

        var repeats = Enumerable.Range(1, 10).Count(s => Shared(Pair(library, (ulong)s, null)).Count > 0);

        Assert.True(repeats > 0, "no seed repeated a paragraph; the test below would prove nothing");
    }

    [Fact]
    public void Compose_TwoDeliverablesSharingTheRunsRecord_NeverRepeatAParagraph()
    {
        var library = Library(out var prompts);
        using var _ = prompts;

        var repeated = Enumerable.Range(1, 10).SelectMany(s => Shared(Pair(library, (ulong)s, new WrittenParagraphs()))).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void Compose_SecondDeliverableCitesTheSameSourceUnderAnotherNumber_StillRepeatsNoParagraph()
    {
        // Citation markers are numbered per deliverable: the second cites its opening section's source first, so the
        // bread-waste sentence cites it under one number in one deliverable and under the next in the other; the words must still not repeat.
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", CitedSections);
        var library = ContentLibrary.Load(prompts.Directory);

        var repeated = Enumerable.Range(1, 10).SelectMany(s =>
        {
            var written = new WrittenParagraphs();
            var first = library.Compose(ContentSamples.Request(["Bread waste"], seed: (ulong)s) with { Written = written }).Markdown;
            var second = library.Compose(ContentSamples.Request(["Bakery hours", "Bread waste"], seed: (ulong)s + 1000) with { DeliverableId = "stakeholder_map", Written = written }).Markdown;
            Assert.NotEqual(BakeryCitation(first), BakeryCitation(second));
            return Shared((first, second));
        }).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void Compose_SameDeliverableAgain_WritesTheSameBytes()
    {
        // A repair or a re-composition of a deliverable may repeat its own paragraphs: it reads the same.
        var library = Library(out var prompts);
        using var _ = prompts;
        var written = new WrittenParagraphs();
        var (first, _) = Pair(library, 3, written);

        var again = library.Compose(ContentSamples.Request(["Bread waste"], seed: 3) with { Written = written }).Markdown;

        Assert.Equal(first, again);
    }

    private const string CitedSections =
        "# section: Bread waste\n## variant\nOvens run nightly at the bakery [@survey].\n## variant\nFlour arrives weekly at the bakery [@survey].\n\n" +
        "# section: Bakery hours\n## variant\nThe shop opens at dawn [@telemetry].\n";

    // The citation marker after "bakery" in a deliverable, e.g. "[S3]".
    private static string BakeryCitation(string markdown)
    {
        var at = markdown.IndexOf("bakery [S", StringComparison.Ordinal);
        Assert.True(at >= 0, "no bakery sentence written");
        var start = at + "bakery ".Length;
        return markdown[start..(markdown.IndexOf(']', start) + 1)];
    }

    private static ContentLibrary Library(out TempPrompts prompts)
    {
        prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", Section);
        return ContentLibrary.Load(prompts.Directory);
    }

    private static (string First, string Second) Pair(ContentLibrary library, ulong seed, WrittenParagraphs? written)
    {
        var first = library.Compose(ContentSamples.Request(["Bread waste"], seed: seed) with { Written = written }).Markdown;
        var second = library.Compose(ContentSamples.Request(["Bread waste"], seed: seed + 1000) with { DeliverableId = "stakeholder_map", Written = written }).Markdown;
        return (first, second);
    }

    private static List<string> Shared((string First, string Second) pair) =>
        [.. ProseReader.Paragraphs(pair.First).Where(p => p.Contains("bakery", StringComparison.Ordinal)).Intersect(ProseReader.Paragraphs(pair.Second), StringComparer.Ordinal)];
}
