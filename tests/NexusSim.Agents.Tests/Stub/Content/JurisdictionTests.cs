using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Data stays in a jurisdiction, not in a brief's region as written: "no personal data flows outside United
/// Kingdom (North West England)" read wrong twice over (no article, a county for a country).
/// </summary>
public sealed class JurisdictionTests
{
    [Theory]
    [InlineData("United Kingdom (North West England)", "the United Kingdom")]
    [InlineData("Canada (Ontario and Quebec)", "Canada")]
    [InlineData("European Union (Ireland and the Netherlands)", "the European Union")]
    [InlineData("Atlantic Canada", "Atlantic Canada")]
    [InlineData("United States Midwest", "the United States Midwest")]
    [InlineData("Netherlands", "the Netherlands")]
    [InlineData("the Philippines", "the Philippines")]
    [InlineData("Federal Republic of Germany", "the Federal Republic of Germany")]
    [InlineData("Germany", "Germany")]
    [InlineData("", "")]
    public void Jurisdiction_Region_ThePlaceDataStaysIn(string region, string expected) =>
        Assert.Equal(expected, BriefText.Jurisdiction(region));

    [Fact]
    public void Library_ResidencySentences_UseTheJurisdictionNotTheRegionAsWritten()
    {
        // "outside {region}", "leaving {region}", "stays in {region}" and the like must say {jurisdiction}.
        var residency = new Regex(@"\b(?:outside|leaving|beyond|out of|stays in|remains in|kept within|stay in)\s+\{region\}", RegexOptions.IgnoreCase);
        var offenders = Directory.GetFiles(RepoFiles.PromptsDirectory, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepoFiles.Combine("samples"), "*.md", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => residency.IsMatch(l.Text))
            .Select(l => $"{Path.GetFileName(l.File)}:{l.Line}: {residency.Match(l.Text).Value}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
