using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>Choice groups, <c>variants</c> blocks and <c>wording</c> sets: what they write, and the load errors that name file and line.</summary>
public sealed partial class ContentVarietyLoadTests
{
    private static readonly string[] Bakers = ["Alpha bakes rye.", "Beta bakes spelt.", "Gamma bakes wheat."];

    [Fact]
    public void Compose_ChoiceGroup_WritesOneAlternativePerDraftAndEachInSomeDraft()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", "# section: Bread waste\n## variant\n{~Alpha bakes rye.|Beta bakes spelt.|Gamma bakes wheat.~} Ovens run nightly.\n");
        var library = ContentLibrary.Load(prompts.Directory);

        var drafts = Enumerable.Range(1, 30).Select(s => library.Compose(ContentSamples.Request(["Bread waste"], seed: (ulong)s)).Markdown).ToList();

        Assert.All(drafts, d => Assert.Single(Bakers, b => d.Contains(b, StringComparison.Ordinal)));
        Assert.All(Bakers, b => Assert.Contains(drafts, d => d.Contains(b, StringComparison.Ordinal)));
        Assert.DoesNotContain(drafts, d => d.Contains("{~", StringComparison.Ordinal) || d.Contains('|', StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnclosedChoiceGroup_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Bread waste\n## variant\nOvens run nightly.\n\n{~Alpha bakes rye.|Beta bakes spelt.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 5), (error.FilePath, error.Line));
        Assert.Contains("choice group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecondAlternativeWithUncitedFigure_NamesFileAndLine()
    {
        // Every alternative is checked, not only the first: the second states a figure with no source.
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "# section: Bread waste\n## variant\n{~Waste fell {pct:5-9} [@brief].|Waste fell {pct:5-9}.~}\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 3), (error.FilePath, error.Line));
        Assert.Contains("cites no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VariantsBlockInAnotherFile_AddsToTheSection()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("98-section.md", "# section: Bread waste\n## variant\nOvens run nightly.\n");
        prompts.WriteContent("99-more.md", "# variants: bread WASTE\n## variant\nFlour arrives weekly.\n\n# variants: Bread waste\n## variant\nCrusts go to compost.\n");

        var variants = ContentLibrary.Load(prompts.Directory).TemplateVariants("Bread waste");

        Assert.Equal(["Ovens run nightly.", "Flour arrives weekly.", "Crusts go to compost."], variants);
    }

    [Fact]
    public void Load_VariantsBlockForNoSection_NamesFileAndLine()
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "<!-- more -->\n# variants: Sourdough starters\n## variant\nFlour arrives weekly.\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 2), (error.FilePath, error.Line));
        Assert.Contains("no section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SharedVariantsForASectionTheFirmOwns_AreNotAdded()
    {
        using var prompts = new TempPrompts();
        using var firm = new TempDirectory();
        prompts.WriteContent("98-section.md", "# section: Bread waste\n## variant\nOvens run nightly.\n");
        prompts.WriteContent("99-more.md", "# variants: Bread waste\n## variant\nFlour arrives weekly.\n");
        firm.Write(Path.Combine("content", "10-own.md"), "# section: Bread waste\n## variant\nThe firm's own bread text.\n\n# variants: Bread waste\n## variant\nThe firm's second bread text.\n");

        var variants = ContentLibrary.Load(prompts.Directory, firm.Path).TemplateVariants("Bread waste");

        Assert.Equal(["The firm's own bread text.", "The firm's second bread text."], variants);
    }

    [Fact]
    public void Compose_WordingSet_VariesProseKeepsCapitalsAndLeavesTablesAndQuotes()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md",
            "# wording: loaves\nalternatives: loaves rise | dough climbs | bread swells\n\n"
            + "# section: Bread waste\n## variant\nLoaves rise before dawn, and the crew says \"loaves rise\" at dawn.\n\n| Shift | Note |\n|---|---|\n| Night | loaves rise |\n");
        var library = ContentLibrary.Load(prompts.Directory);

        var drafts = Enumerable.Range(1, 20).Select(s => library.Compose(ContentSamples.Request(["Bread waste"], seed: (ulong)s)).Markdown).ToList();

        Assert.Contains(drafts, d => d.Contains("Dough climbs before dawn", StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains("Bread swells before dawn", StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.Contains("says \"loaves rise\" at dawn", d, StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.Contains("| Night | loaves rise |", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_WordingSetPerEngagement_OneNameInEveryDraftOfAnEngagementBothAcrossEngagements()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md",
            "# wording: bakers\nalternatives: head baker | lead baker\nper: engagement\n\n"
            + "# section: Bread waste\n## variant\nThe head baker signs the plan.\n\nEach week the head baker's tally counts the waste.\n\n"
            + "# section: Ovens\n## variant\nOvens are booked by the head baker, and both head bakers keep the key.\n\n| Oven | Booked by |\n|---|---|\n| North | Head baker |\n");
        var library = ContentLibrary.Load(prompts.Directory);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (ulong engagement = 1; engagement <= 20; engagement++)
        {
            // Two drafts of one engagement: their own seeds differ, the engagement's fact seed is shared.
            var drafts = new[] { 7UL, 8UL }.Select(seed => library.Compose(ContentSamples.Request(["Bread waste", "Ovens"], seed: seed * 100 + engagement) with { FactSeed = engagement }).Markdown);
            var used = drafts.SelectMany(d => BakerNames().Matches(d)).Select(m => m.Value.ToLowerInvariant().Replace("'s", string.Empty, StringComparison.Ordinal).TrimEnd('s')).Distinct().ToList();
            Assert.True(used.Count == 1, $"engagement {engagement}: one baker called {string.Join(" and ", used)}");
            Assert.All(drafts, d => Assert.Contains("| North | " + char.ToUpperInvariant(used[0][0]) + used[0][1..] + " |", d, StringComparison.Ordinal));
            Assert.All(drafts, d => Assert.Contains("both " + used[0] + "s keep", d, StringComparison.Ordinal));
            Assert.Contains(drafts, d => d.Contains("the " + used[0] + "'s tally", StringComparison.Ordinal));
            names.Add(used[0]);
        }

        Assert.Equal(["head baker", "lead baker"], names.Order(StringComparer.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:head|lead) baker(?:'s|s)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BakerNames();

    [Theory]
    [InlineData("alternatives: loaves rise | dough climbs\nper: run")]
    [InlineData("alternatives: loaves rise")]
    [InlineData("alternatives: loaves rise | loaves rise")]
    [InlineData("alternatives: loaves rise | 3 loaves rise")]
    [InlineData("alternatives: loaves rise | {client} bakes")]
    public void Load_BadWordingSet_NamesFileAndLine(string alternatives)
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "\n# wording: loaves\n" + alternatives + "\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 2), (error.FilePath, error.Line));
    }
}
