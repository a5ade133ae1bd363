using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>Regulation is chosen by the client's region and industry, not by industry alone.</summary>
public sealed class RegulationChoiceTests
{
    private static readonly string[] AllSections = ["Executive summary", "Readiness scores", "Findings", "Recommendations", "Quick wins", "Stakeholders"];

    public static TheoryData<string, string, string, string> Clients => new()
    {
        { "Regional banking", "Atlantic Canada", "OSFI", "EU AI Act" },
        { "Regional banking", "Atlantic Canada", "PIPEDA", "DORA" },
        { "Specialty retail", "United States Midwest", "state privacy laws", "GDPR" },
        { "Property and casualty insurance", "European Union (Ireland and the Netherlands)", "EU AI Act", "NAIC" },
        { "Freight logistics", "United Kingdom", "UK GDPR", "EU AI Act" },
        { "Artisan bakery chain", "Atlantis", "where the client operates", "EU AI Act" },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public void Compose_ClientRegion_NamesItsRegulationAndNotAnother(string industry, string region, string expected, string foreign)
    {
        var brief = ContentSamples.Insurer with { Industry = industry, Region = region, Constraints = [] };
        var text = string.Concat(Enumerable.Range(1, 6).Select(seed =>
            ContentSamples.Library.Compose(ContentSamples.Request(AllSections, seed: (ulong)seed, brief: brief)).Markdown));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NoRuleFitsTheRegion_KeepsTheIndustryText()
    {
        var rules = new[] { new RegulationRule("ca", ["canada"], ["*"], "Canadian rules", "x.md", 1) };

        Assert.Null(RegulationRule.Choose(rules, "Northern Europe", "Banking"));
        Assert.Equal("Canadian rules", RegulationRule.Choose(rules, "Atlantic Canada", "Banking"));
        Assert.Null(RegulationRule.Choose(rules, "Canadaville", "Banking"));
    }
}
