using Xunit.Abstractions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Issue 9's repetition targets, per shipped brief of both shipped firms, over seeds 1–10 (definitions
/// in <see cref="RepetitionMeter"/>): within one run no paragraph twice, and two seeds' runs share at
/// most 60 % of sentence templates. The other figures (word for word, and "in any of the nine other
/// runs") are written to the test output and recorded in prompts/content/README.md; they do not meet
/// issue 9's targets yet, so they are not asserted.
/// </summary>
public sealed class RepetitionTargetTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_TwoSeeds_ShareAtMostSixtyPercentOfTemplates(string firm, string briefPath)
    {
        var figures = Measure(firm, briefPath);

        Assert.True(figures.PairTemplateShare <= 0.60, figures.ToString());
    }

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_EachRun_WritesNoParagraphTwice(string firm, string briefPath)
    {
        var figures = Measure(firm, briefPath);

        Assert.True(figures.RepeatedParagraphs.Count == 0, figures + "\n" + string.Join("\n", figures.RepeatedParagraphs.Take(20)));
    }

    private RepetitionFigures Measure(string firm, string briefPath)
    {
        var (runs, mask) = SeedRuns.Compose(firm, briefPath, 10);
        var figures = RepetitionMeter.Measure(runs, mask);
        output.WriteLine($"{briefPath}: {figures}");
        // Guards the targets against a reader that finds nothing to compare.
        Assert.True(figures.Sentences >= 100 * runs.Count / 10, $"only {figures.Sentences} sentences read");
        return figures;
    }
}
