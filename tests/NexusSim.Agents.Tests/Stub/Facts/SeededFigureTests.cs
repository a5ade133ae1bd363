using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// Issue 9 items 1 and 6 for <c>{int:a-b}</c>-style figures: keyed by what they state, drawn from the fact
/// seed (not the section's generator) and recorded in the run's fact base with their source entry, so two
/// sections of a run stating the same figure cannot disagree.
/// </summary>
public sealed partial class SeededFigureTests
{
    private static readonly IndustryProfile Industry = new("Insurance", ["insurance"], ["claims intake"], "average claims cycle time", "days", 9, 24, "rules", "Insurance operations benchmark survey", "f.md", 1);

    private static readonly TemplateRenderer Renderer = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["interviews"] = "Interview notes",
        ["workshops"] = "Workshop records",
    });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RenderLine_TwoSectionsWithOtherWordsStateOneFigure_StateOneValue(ulong seed)
    {
        // Two sections, each with its own generator, stating the same figure in other sentences.
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, seed);
        var first = Renderer.RenderLine("We ran {int:3-6} training sessions for claims handlers [@workshops].", Context(facts, "first"), "a.md", 1);
        var second = Renderer.RenderLine("After {int:3-6} training sessions, adoption rose [@interviews].", Context(facts, "second"), "b.md", 7);

        Assert.Equal(Number(first), Number(second));
        Assert.InRange(int.Parse(Number(first), System.Globalization.CultureInfo.InvariantCulture), 3, 6);
    }

    [Fact]
    public void RenderLine_SameFigureInTwoRunsOfOneSeed_SameValueWhateverTheSectionOrder()
    {
        // Keyed by what it states and the fact seed: another deliverable writing first, or another section generator, changes nothing.
        var one = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 7);
        var other = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 7);
        Renderer.RenderLine("{int:1-99} interviews were held [@interviews].", Context(other, "x"), "c.md", 1);

        var a = Renderer.RenderLine("Staff attended {int:10-400} threat-model workshops [@workshops].", Context(one, "first"), "a.md", 1);
        var b = Renderer.RenderLine("Staff attended {int:10-400} threat-model workshops [@workshops].", Context(other, "third"), "a.md", 1);

        Assert.Equal(a, b);
    }

    [Fact]
    public void RenderLine_SeededFigure_RecordedInTheFactBaseWithItsSource()
    {
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 3);

        var text = Renderer.RenderLine("Coverage reached {pct:20-40} of claims handlers [@interviews].", Context(facts, "s"), "a.md", 1);

        var fact = Assert.Single(facts.Entries, f => f.Name.StartsWith("figure:", StringComparison.Ordinal));
        Assert.Equal(SeededFigures.Name("pct", "claims handlers") + "|20-40", fact.Name);
        Assert.Equal(FactOrigin.Engagement, fact.Origin);
        Assert.Equal("interviews", fact.SourceKey);
        Assert.Contains("20-40", fact.Derivation, StringComparison.Ordinal);
        Assert.Contains(Formats.Percent((int)Math.Round(fact.Value)), text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderLine_DifferentFigures_KeyedApart()
    {
        // Guards the first test: a key that lumped every figure together would also "agree".
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 11);

        Renderer.RenderLine("We held {int:3-6} training sessions and {int:2-9} threat-model workshops [@workshops].", Context(facts, "s"), "a.md", 1);

        Assert.Equal(
            [SeededFigures.Name("int", "threat-model workshops") + "|2-9", SeededFigures.Name("int", "training sessions") + "|3-6"],
            facts.Entries.Where(f => f.Name.StartsWith("figure:", StringComparison.Ordinal)).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("We ran {int:3-6} training sessions.", "training sessions")]
    [InlineData("Coverage is {pct:20-40} of the claims handlers", "claims handlers")]
    [InlineData("Sessions held: {int:3-6}.", "sessions held")]
    [InlineData("Costs fell by {pct:5-9} [@workshops].", "costs fell")]
    public void Phrase_Template_NamesTheFigureByItsWords(string line, string expected)
    {
        var match = FigureToken().Match(line);

        Assert.Equal(expected, SeededFigures.Phrase(line, match.Index, match.Length));
    }

    [Fact]
    public void RenderLine_WorkersPlaceholder_WritesTheIndustrysWordAndKeepsTheFigureAsIfItSaidHandlers()
    {
        // A retailer's planners and an insurer's claims handlers are the same figure of the template: the value
        // drawn for "{handlers}" must be the value the same seed draws for the literal word, in any industry.
        var retail = Industry with { Worker = "planner", Workers = "planners" };
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, retail, 5);
        var literal = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 5);

        var text = Renderer.RenderLine("Next: {int:6-15} {handlers} move to supervised mode [@workshops].", Context(facts, "s", retail), "a.md", 1);
        var said = Renderer.RenderLine("Next: {int:6-15} handlers move to supervised mode [@workshops].", Context(literal, "s"), "a.md", 1);

        Assert.Contains(" planners move to supervised mode", text, StringComparison.Ordinal);
        Assert.DoesNotContain("handler", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Number(said), Number(text));
        Assert.Equal(SeededFigures.Name("int", "handlers move") + "|6-15", Assert.Single(facts.Entries, f => f.Name.StartsWith("figure:", StringComparison.Ordinal)).Name);
    }

    [Fact]
    public void RenderLine_IndustryWithoutWorkers_SaysHandlers()
    {
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 2);

        var text = Renderer.RenderLine("The {handlers} asked; one {handler} answered [@workshops].", Context(facts, "s"), "a.md", 1);

        Assert.StartsWith("The handlers asked; one handler answered", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| {metric} | {baseline} {metric_unit} |", "| Average claims cycle time | ")]
    [InlineData("|{process1}|x|", "|Claims intake|x|")]
    [InlineData("| Owner of {process1} | {handlers} |", "| Owner of claims intake | Handlers |")]
    [InlineData("The {metric} fell; {process1} | {metric}", "The average claims cycle time fell; claims intake | average claims cycle time")]
    [InlineData("- {metric} | {process1}", "- average claims cycle time | claims intake")]
    public void RenderLine_PlaceholderStartingATableCell_StartsWithACapital(string line, string expected)
    {
        // Only a cell of a table row that the placeholder begins: not a cell's later words, not prose that holds a bar.
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 1);

        var text = Renderer.RenderLine(line, Context(facts, "s"), "a.md", 1);

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }

    private static RenderContext Context(FactBase facts, string part, IndustryProfile? industry = null) =>
        new(ContentSamples.Insurer, "Deliverable", "Line", "Heading", industry ?? Industry, facts, DeterministicRandom.From("section", part), new SourceRegistry());

    private static string Number(string text) => FirstNumber().Match(text).Value;

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"\{[a-z]+:[0-9.]+-[0-9.]+\}")]
    private static partial Regex FigureToken();
}
