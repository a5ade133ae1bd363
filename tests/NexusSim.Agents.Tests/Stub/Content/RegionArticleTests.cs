using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A region inside a sentence takes "the" where its name does: the hospital's architecture read "residency in
/// United Kingdom (North West England)", the insurer's compliance map "in European Union (Ireland and the
/// Netherlands) the binding obligations are …" and the legal firm's memo "clinics in United States (California
/// and Texas)", in every run. A label (the front matter's "— Hospital network, United Kingdom (North West England)
/// —", the legal Key facts' "jurisdictions = …") keeps the region as the brief wrote it.
/// </summary>
public sealed partial class RegionArticleTests
{
    private static readonly IndustryProfile Hospital = new("Hospital care", ["hospital"], ["discharge planning"], "average discharge preparation time", "hours", 4, 8, "rules", "Hospital benchmark", "f.md", 1);

    private static readonly TemplateRenderer Renderer = new(new Dictionary<string, string>(StringComparer.Ordinal) { ["brief"] = "Client brief" });

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [InlineData("United Kingdom (North West England)", "Data stays in {region}.", "Data stays in the United Kingdom (North West England).")]
    [InlineData("United Kingdom (North West England)", "In {region} the rules differ.", "In the United Kingdom (North West England) the rules differ.")]
    [InlineData("European Union (Ireland and the Netherlands)", "Nothing leaves {region}.", "Nothing leaves the European Union (Ireland and the Netherlands).")]
    [InlineData("United Kingdom (North West England)", "It runs in the {region} only.", "It runs in the United Kingdom (North West England) only.")]
    [InlineData("United Kingdom (North West England)", "Ridgeway — Hospital network, {region} — the report.", "Ridgeway — Hospital network, United Kingdom (North West England) — the report.")]
    [InlineData("United Kingdom (North West England)", "jurisdictions = {region} [@brief]", "jurisdictions = United Kingdom (North West England) [S1]")]
    [InlineData("Atlantic Canada", "Data stays in {region}.", "Data stays in Atlantic Canada.")]
    [InlineData("Canada (Ontario and Quebec)", "Depots across {region} report weekly.", "Depots across Canada (Ontario and Quebec) report weekly.")]
    public void RenderLine_RegionAfterAWord_TakesTheArticleItsNameTakes(string region, string template, string expected)
    {
        var brief = ContentSamples.Insurer with { Region = region };
        var facts = FactBaseBuilder.Build(brief, Hospital, 1);
        var context = new RenderContext(brief, "Report", "Line", "Heading", Hospital, facts, DeterministicRandom.From("section", "s"), new SourceRegistry());

        Assert.Equal(expected, Renderer.RenderLine(template, context, "a.md", 1));
    }

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoRegionWithoutItsArticle(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                var bare = NoArticle().Match(markdown);
                Assert.False(bare.Success, $"seed {seed}, {deliverable}: '{bare.Value}'");
            }
        }
    }

    // "in United Kingdom", "across European Union", "leaves United States": a preposition or verb, then a name that takes "the".
    [GeneratedRegex(@"\b(?:[Ii]n|to|from|inside|within|across|outside|beyond|leaves|of|throughout) (?:United (?:Kingdom|States)|European Union)\b")]
    private static partial Regex NoArticle();
}
