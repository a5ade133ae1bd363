using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class SectionMatcherTests
{
    private static readonly SectionTemplate Generic = new(SectionTemplate.Generic, [], [], []);

    [Fact]
    public void Find_SameHeadingAskedAgain_GivesTheSameTemplateAsTheFirstTime()
    {
        var sizing = Template("Market Sizing", "market", "size");
        var risks = Template("Risks", "risk");
        var library = Library(sizing, risks);

        var first = new[] { "Market sizing", "Key risks", "Appendix" }.Select(h => SectionMatcher.Find(library, h)).ToList();
        var again = new[] { "Market sizing", "Key risks", "Appendix" }.Select(h => SectionMatcher.Find(library, h)).ToList();

        Assert.Equal([sizing, risks, Generic], first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Find_ALibraryWithChangedTemplates_AnswersFromItsOwnTemplatesNotTheRememberedOnes()
    {
        var before = Library(Template("Risks", "risk"));
        var changed = Template("Risks and Mitigations", "risk", "mitigation");
        var after = before with { Sections = [changed] };

        var fromBefore = SectionMatcher.Find(before, "Risks");
        var fromAfter = SectionMatcher.Find(after, "Risks");
        var emptied = SectionMatcher.Find(after with { Sections = [] }, "Risks");

        Assert.Equal("Risks", fromBefore.Heading);
        Assert.Same(changed, fromAfter);
        Assert.Same(Generic, emptied);
    }

    [Fact]
    public void Find_MoreHeadingsThanItRemembers_StillMatchesEveryOne()
    {
        var risks = Template("Risks", "risk");
        var library = Library(risks);
        var headings = Enumerable.Range(0, SectionMatcher.MaxRememberedHeadings + 10).Select(i => $"Risk register {i}").ToList();

        var found = headings.Select(h => SectionMatcher.Find(library, h)).ToList();

        Assert.All(found, t => Assert.Same(risks, t));
        Assert.Same(Generic, SectionMatcher.Find(library, "Unrelated heading 5000"));
    }

    private static SectionTemplate Template(string heading, params string[] keywords) => new(heading, [], keywords, []);

    private static LibraryData Library(params SectionTemplate[] sections) => new(
        sections,
        Generic,
        [],
        new IndustryProfile(IndustryProfile.Generic, [], [], "m", "u", 0, 1, "r", "b", "f", 1),
        new Dictionary<string, string>(),
        [],
        new Dictionary<string, IReadOnlyList<ContentVariant>>(),
        []);
}
