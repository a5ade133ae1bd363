using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// "a {metric}" written for a metric that opens on a vowel read "a average replenishment cycle time" in the
/// retail pilot design; "a {deliverable}" read "a Authority Digest" in the legal firm's header.
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
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Retail, 1);
        var context = new RenderContext(ContentSamples.Insurer, "Authority Digest", "Line", "Heading", Retail, facts, DeterministicRandom.From("section", "s"), new SourceRegistry());

        Assert.Equal(expected, Renderer.RenderLine(template, context, "a.md", 1));
    }
}
