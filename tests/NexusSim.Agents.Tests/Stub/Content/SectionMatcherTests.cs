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

        var matcher = new SectionMatcher(library);

        var first = new[] { "Market sizing", "Key risks", "Appendix" }.Select(h => matcher.Find(h)).ToList();
        var again = new[] { "Market sizing", "Key risks", "Appendix" }.Select(h => matcher.Find(h)).ToList();

        Assert.Equal([sizing, risks, Generic], first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Find_ALibraryWithChangedTemplates_AnswersFromItsOwnTemplatesNotTheRememberedOnes()
    {
        var before = Library(Template("Risks", "risk"));
        var changed = Template("Risks and Mitigations", "risk", "mitigation");
        var after = before with { Sections = [changed] };

        var fromBefore = new SectionMatcher(before).Find("Risks");
        var fromAfter = new SectionMatcher(after).Find("Risks");
        var emptied = new SectionMatcher(after with { Sections = [] }).Find("Risks");

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

        var matcher = new SectionMatcher(library);

        var found = headings.Select(h => matcher.Find(h)).ToList();

        Assert.All(found, t => Assert.Same(risks, t));
        Assert.Same(Generic, matcher.Find("Unrelated heading 5000"));
    }

    [Fact]
    public void Find_TwoMatchersOfOneLibraryAndAMatcherOfAChangedOne_ShareNoRememberedAnswer()
    {
        var risks = Template("Risks", "risk");
        var library = Library(risks);
        var first = new SectionMatcher(library);
        first.Find("Risk register");
        var changed = Template("Risk register", "register");

        var fromChanged = new SectionMatcher(library with { Sections = [changed, risks] }).Find("Risk register");
        var fromFirst = first.Find("Risk register");

        Assert.Same(changed, fromChanged);
        Assert.Same(risks, fromFirst);
    }

    [Theory]
    [InlineData("Transformation Roadmap", "Initiative resources")]
    [InlineData("Pilot Program Design", "Resources")]
    [InlineData(null, "Resources")]
    public void Match_HeadingTwoLinesShare_IsWrittenFromTheBlockForTheDeliverablesLine(string? serviceLine, string expected)
    {
        // The line-scoped block comes later in file order and answers by alias, yet wins for its line only.
        var pilot = Template("Resources", "resources");
        var roadmap = new SectionTemplate("Initiative resources", ["resources"], ["resources"], []) { ServiceLines = ["roadmap"] };
        var library = Library(pilot, roadmap);

        var found = new SectionMatcher(library).Find("Resources", serviceLine);

        Assert.Equal(expected, found.Heading);
    }

    [Fact]
    public void Match_BlockForAnotherLine_NeverAnswersEvenByKeyword()
    {
        var roadmap = new SectionTemplate("Initiative resources", [], ["staffing"], []) { ServiceLines = ["roadmap"] };

        var found = new SectionMatcher(Library(roadmap)).Find("Staffing plan", "Pilot Program Design");

        Assert.Same(Generic, found);
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
