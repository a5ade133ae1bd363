using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// "a {metric}" written for a metric that opens on a vowel read "a average replenishment cycle time" in the
/// retail pilot design; "a {deliverable}" read "a Authority Digest" in the legal firm's header. And a placeholder
/// that opens a sentence starts with a capital ("… built twice. route planning comes after" in the logistics
/// roadmap); inside a sentence, after a colon or after "e.g." it keeps the value's case.
/// </summary>
public sealed class PlaceholderArticlesTests
{
    private static readonly IndustryProfile Retail = new("Retail", ["retail"], ["demand forecasting"], "average replenishment cycle time", "hours", 9, 24, "rules", "Retail benchmark", "f.md", 1)
    {
        Worker = "operations coordinator",
        Workers = "operations coordinators",
    };

    private static readonly TemplateRenderer Renderer = new(new Dictionary<string, string>(StringComparer.Ordinal) { ["brief"] = "Client brief" });

    [Theory]
    [InlineData("Fix a {metric} baseline.", "Fix an average replenishment cycle time baseline.")]
    [InlineData("A {metric} baseline is fixed.", "An average replenishment cycle time baseline is fixed.")]
    [InlineData("Each case goes to a {handler}.", "Each case goes to an operations coordinator.")]
    [InlineData("This is a {deliverable} for counsel.", "This is an Authority Digest for counsel.")]
    [InlineData("It is an {process1} pilot.", "It is a demand forecasting pilot.")]
    [InlineData("It is a {process1} pilot.", "It is a demand forecasting pilot.")]
    [InlineData("Data {metric} stays.", "Data average replenishment cycle time stays.")]
    public void RenderLine_ArticleBeforeAPlaceholder_AgreesWithTheValue(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Theory]
    [InlineData("{process1} comes first.", "Demand forecasting comes first.")]
    [InlineData("Done [@brief]. {process1} comes after.", "Done [S1]. Demand forecasting comes after.")]
    [InlineData("Who decides? {handlers} do! {process1} waits.", "Who decides? Operations coordinators do! Demand forecasting waits.")]
    [InlineData("{~First|{process1} comes~} next.", "Demand forecasting comes next.")]
    [InlineData("It is {process1}. Then {process1}.", "It is demand forecasting. Then demand forecasting.")]
    [InlineData("Measured: {handler} satisfaction.", "Measured: operations coordinator satisfaction.")]
    [InlineData("Quick wins, e.g. {process1}, come first.", "Quick wins, e.g. demand forecasting, come first.")]
    [InlineData("| {process1} | {handlers} |", "| Demand forecasting | Operations coordinators |")]
    public void RenderLine_PlaceholderOpeningASentenceOrCell_StartsWithACapital(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    private static string Render(string template)
    {
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Retail, 1);
        var context = new RenderContext(ContentSamples.Insurer, "Authority Digest", "Line", "Heading", Retail, facts, DeterministicRandom.From("section", "s"), new SourceRegistry());
        return Renderer.RenderLine(template, context, "a.md", 1);
    }
}
