using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A client named with a closing parenthesis ("… (fictional)") is written in the possessive on the
/// name ("Northwind Mutual's"), never on the parenthesis ("… (fictional)'s"); the title keeps the full name.
/// </summary>
public sealed class ClientPossessiveTests
{
    private const string Name = "Northwind Mutual";

    [Fact]
    public void Compose_ClientNameEndsInAParenthesis_PossessivesStandOnTheNameAndTheTitleKeepsItWhole()
    {
        var brief = ContentSamples.Insurer with { Client = Name + " (fictional)" };
        var drafts = new[] { ContentSamples.ReadinessSections, ContentSamples.RoadmapSections }
            .SelectMany(sections => Enumerable.Range(1, 8).Select(seed => ContentSamples.Library.Compose(ContentSamples.Request(sections, seed: (ulong)seed, brief: brief)).Markdown))
            .ToList();

        Assert.All(drafts, d => Assert.DoesNotContain(")'s", d, StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.StartsWith($"# Readiness Report: {Name} (fictional)\n", d, StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains(Name + "'s ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_ClientNameEndsInS_PossessiveTakesTheApostropheAlone()
    {
        // "Meridian Freight Lines's depots" read wrong; the name's own s takes the apostrophe alone.
        const string plural = "Ridgeway Health Partners";
        var brief = ContentSamples.Insurer with { Client = plural + " (fictional)" };
        var drafts = new[] { ContentSamples.ReadinessSections, ContentSamples.RoadmapSections }
            .SelectMany(sections => Enumerable.Range(1, 8).Select(seed => ContentSamples.Library.Compose(ContentSamples.Request(sections, seed: (ulong)seed, brief: brief)).Markdown))
            .ToList();

        Assert.All(drafts, d => Assert.DoesNotContain(plural + "'s", d, StringComparison.Ordinal));
        Assert.Contains(drafts, d => d.Contains(plural + "' ", StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.StartsWith($"# Readiness Report: {plural} (fictional)\n", d, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harbour Bank (fictional)", "Harbour Bank")]
    [InlineData("Crumb & Co", "Crumb & Co")]
    [InlineData("Acme (UK) Holdings", "Acme (UK) Holdings")]
    [InlineData("(fictional)", "(fictional)")]
    [InlineData("Acme Ltd (fictional).", "Acme Ltd")]
    public void Possessor_TheNameAPossessiveStandsOn(string client, string possessor)
    {
        Assert.Equal(possessor, BriefText.Possessor(client));
    }
}
