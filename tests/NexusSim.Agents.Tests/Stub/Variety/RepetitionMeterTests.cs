namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>The repetition measurement on corpora whose answer is known by hand.</summary>
public sealed class RepetitionMeterTests
{
    private static readonly TemplateMask Mask = new("Harbor Mutual (fictional)", "Atlantic Canada");

    [Fact]
    public void Measure_ThreeRuns_CountsSharedSentencesAndTemplatesByType()
    {
        var runs = Runs(
            ("a", "report", "# Report\n\nOvens run nightly. Waste fell 12% [S1].\n"),
            ("b", "report", "# Report\n\nOvens run nightly. Waste fell 15% [S2].\n"),
            ("c", "report", "# Report\n\nCrusts go to compost.\n"),
            ("c", "memo", "# Memo\n\nOvens run nightly.\n"));

        var figures = RepetitionMeter.Measure(runs, Mask);

        // 6 sentences; "Ovens run nightly." is shared by a and b in the report (the memo is another type);
        // the two "Waste fell" sentences share a template, not their words.
        Assert.Equal((6, 2, 4), (figures.Sentences, figures.SharedSentences, figures.SharedTemplates));
        Assert.Equal(2.0 / 6 / 2, figures.PairSentenceShare, 6);
        Assert.Equal(4.0 / 6 / 2, figures.PairTemplateShare, 6);
    }

    [Fact]
    public void Measure_ParagraphInTwoDeliverablesOfOneRun_IsReported()
    {
        var runs = Runs(
            ("a", "report", "# Report\n\n## Summary\n\nOvens run nightly [S1].\n"),
            ("a", "memo", "# Memo\n\n## Summary\n\n- Ovens run nightly [S4].\n"),
            ("b", "memo", "# Memo\n\nOvens run nightly.\n"));

        var figures = RepetitionMeter.Measure(runs, Mask);

        Assert.Equal(["a: Ovens run nightly. (2 times)"], figures.RepeatedParagraphs);
    }

    [Fact]
    public void Paragraphs_TablesKeyFactsAndSources_AreNotProse()
    {
        var markdown = "# Report: X\n\nKey facts: headcount = 12 [S1]\n\n## Scores\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nOne line [S1].\n\n## Sources\n\n- [S1] Client brief\n";

        Assert.Equal(["One line."], ProseReader.Paragraphs(markdown));
    }

    [Theory]
    [InlineData("Harbor Mutual's readiness is 2.8 of 5.", "<name> readiness is <n> of <n>.")]
    [InlineData("Fund $1.2M of the $2,500,000 budget in Atlantic Canada.", "Fund <money> of the <money> budget in <name>.")]
    [InlineData("Cut time by 18% with a 2.5x return for Harbor Mutual (fictional).", "Cut time by <pct> with a <x> return for <name>.")]
    public void Apply_FiguresAndNames_AreMasked(string sentence, string template)
    {
        Assert.Equal(template, Mask.Apply(sentence));
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Runs(params (string Run, string Type, string Markdown)[] items) =>
        items.GroupBy(i => i.Run).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, string>)g.ToDictionary(i => i.Type, i => i.Markdown, StringComparer.Ordinal),
            StringComparer.Ordinal);
}
