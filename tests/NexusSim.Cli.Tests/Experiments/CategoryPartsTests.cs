using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;
using ScottPlot;
using ScottPlot.Plottables;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>
/// A category chart whose categories would need more than <see cref="ExperimentCharts.MaxWidth"/>
/// pixels is split into parts, each readable, every category in exactly one part, in the plan's
/// order; below the limit it stays one image under its own name.
/// </summary>
public sealed class CategoryPartsTests
{
    private static ExperimentRow Row(string protocol, string variant, ulong seed, double shipped) => new(
        new ExperimentCell(protocol, new ExperimentVariant(variant, [], ["gates=off"]), ExperimentCell.NoScenario, null, null, seed),
        new ExperimentRecord
        {
            RunId = $"run-{protocol}-{variant}-{seed}",
            Status = "completed",
            Metrics = new Dictionary<string, double?> { ["defects_shipped"] = shipped, ["makespan_days"] = 3 + (seed / 10.0) },
        });

    // Variants with long names, one run each; the defects climb so the parts' values differ.
    private static ExperimentRow[] LongNamedVariants(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Row("hierarchical", $"ungoverned_with_a_rather_long_variant_name_{i:000}", 1, i))];

    private static IReadOnlyList<ExperimentChart> Bars(ExperimentRow[] rows) =>
        ExperimentCharts.MeanBars("defects_shipped_per_variant", rows, r => r.Cell.Variant.Name, "defects_shipped", "t", "a");

    // The names on a chart's bottom axis, as drawn.
    private static string[] Labels(ExperimentChart chart)
    {
        chart.Plot.GetImage(chart.Width, chart.Height);
        return [.. chart.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label)];
    }

    [Fact]
    public void MeanBars_ThreeHundredLongNames_SplitIntoTheFewestPartsEachAtMostMaxWidth()
    {
        var rows = LongNamedVariants(300);

        var parts = Bars(rows);

        Assert.Equal(3, parts.Count);
        Assert.Equal(Enumerable.Range(1, 3).Select(p => $"defects_shipped_per_variant_part{p}"), parts.Select(p => p.Name));
        Assert.All(parts, p => Assert.InRange(p.Width, ExperimentCharts.Width + 1, ExperimentCharts.MaxWidth));
        // The fewest: as one part fewer, the categories would not fit.
        var sizes = Measured(rows.Select(r => r.Cell.Variant.Name).Take(150).ToList());
        Assert.True(ExperimentCharts.NeededWidth(sizes) > ExperimentCharts.MaxWidth, "two parts of 150 would have fitted");
    }

    [Fact]
    public void MeanBars_ThreeHundredLongNames_EveryCategoryInExactlyOnePartInPlanOrderWithItsBar()
    {
        var rows = LongNamedVariants(300);

        var parts = Bars(rows);

        Assert.Equal(rows.Select(r => r.Cell.Variant.Name), parts.SelectMany(Labels));
        var values = parts.SelectMany(p => Assert.Single(p.Plot.GetPlottables().OfType<BarPlot>()).Bars.Select(b => b.Value));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (double)i), values);
        Assert.All(parts, p => Assert.Equal(Enumerable.Range(0, Labels(p).Length).Select(i => (double)i), p.Plot.GetPlottables().OfType<BarPlot>().Single().Bars.Select(b => b.Position)));
    }

    [Fact]
    public void MeanBars_ThreeHundredLongNames_EachPartReadableTitledAndOnOneValueAxis()
    {
        var parts = Bars(LongNamedVariants(300));

        using var paint = Paint.NewDisposablePaint();
        for (var p = 0; p < parts.Count; p++)
        {
            var chart = parts[p];
            chart.Plot.GetImage(chart.Width, chart.Height);
            var style = chart.Plot.Axes.Bottom.TickLabelStyle;
            var sin = Math.Sin(-style.Rotation * Math.PI / 180);
            Assert.True(sin > 0, $"{chart.Name}: long names are slanted");
            // Neighbouring slanted names clear each other across their lines.
            var slot = chart.Plot.GetPixel(new Coordinates(1, 0)).X - chart.Plot.GetPixel(new Coordinates(0, 0)).X;
            var tallest = Labels(chart).Max(l => style.Measure(l, paint).Size.Height);
            Assert.True(slot * sin >= tallest, $"{chart.Name}: names {slot * sin} px apart across their lines, a name is {tallest} px tall");
            Assert.Equal($"t ({p + 1} of {parts.Count})", chart.Plot.Axes.Title.Label.Text);
            Assert.Equal(parts[0].Plot.Axes.Left.Range, chart.Plot.Axes.Left.Range);
        }

        Assert.True(parts[0].Plot.Axes.Left.Range.Max >= 299, "the first part's axis reaches the last part's highest bar");
    }

    [Fact]
    public void Strips_ThreeHundredLongCellsThreeRunsEach_EveryRunsDotInItsCellsPart()
    {
        ExperimentRow[] rows = [.. Enumerable.Range(0, 300).SelectMany(i => new ulong[] { 1, 2, 3 }.Select(seed => Row("hierarchical", $"ungoverned_with_a_long_name_{i:000}", seed, 0)))];

        var parts = ExperimentCharts.Strips("makespan_days", rows, r => r.Cell.Protocol + " / " + r.Cell.Variant.Name, "makespan_days", "t", "a");

        Assert.True(parts.Count > 1, "300 long cells are split");
        Assert.All(parts, p => Assert.True(p.Width <= ExperimentCharts.MaxWidth, $"{p.Name} is {p.Width} px wide"));
        Assert.Equal(rows.Select(r => r.Cell.Protocol + " / " + r.Cell.Variant.Name).Distinct(), parts.SelectMany(Labels));
        foreach (var part in parts)
        {
            var dots = part.Plot.GetPlottables().OfType<Scatter>().SelectMany(s => s.Data.GetScatterPoints()).ToList();
            Assert.Equal(3 * Labels(part).Length, dots.Count);
            Assert.All(dots, d => Assert.InRange(d.X, -0.5, Labels(part).Length - 0.5));
        }
    }

    [Fact]
    public void MeanBars_FortyLongNames_OneImageUnderItsOwnName()
    {
        var chart = Assert.Single(Bars(LongNamedVariants(40)));

        Assert.Equal("defects_shipped_per_variant", chart.Name);
        Assert.Equal("t", chart.Plot.Axes.Title.Label.Text);
        Assert.Equal(40, Labels(chart).Length);
    }

    [Fact]
    public void Split_FirstNameLongerThanMaxWidth_ItStandsAloneTheOthersTogether()
    {
        var split = CategoryParts.Split([new string('x', 2000), "b", "c"]);

        Assert.Equal([(0, 1), (1, 2)], split);
    }

    [Fact]
    public void Split_EveryNameLongerThanMaxWidth_OnePartEachAndNoMore()
    {
        var split = CategoryParts.Split([.. Enumerable.Range(0, 3).Select(i => new string('x', 2000) + i)]);

        Assert.Equal([(0, 1), (1, 1), (2, 1)], split);
    }

    [Fact]
    public void Write_ThreeHundredLongNamesTwice_SamePartFilesSameBytesNoUnsplitFile()
    {
        using var temp = new TempDirectory();
        var rows = LongNamedVariants(300);

        var written = ExperimentCharts.Write(temp.Combine("a"), rows);
        ExperimentCharts.Write(temp.Combine("b"), rows);

        Assert.Contains("defects_shipped_per_variant_part3", written);
        Assert.DoesNotContain("defects_shipped_per_variant", written);
        Assert.False(File.Exists(temp.Combine("a", ExperimentCharts.FolderName, "defects_shipped_per_variant.png")));
        foreach (var name in written.Where(n => n.Contains("_part", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(temp.Combine("a", ExperimentCharts.FolderName, name + ".png")), File.ReadAllBytes(temp.Combine("b", ExperimentCharts.FolderName, name + ".png")));
        }
    }

    [Fact]
    public async Task Report_TwelveParts_ShownInTheirOrderNotTheFileNamesOrder()
    {
        using var temp = new TempDirectory();
        var charts = Directory.CreateDirectory(temp.Combine(ExperimentCharts.FolderName)).FullName;
        var png = new Plot().GetImageBytes(20, 20, ImageFormat.Png);
        foreach (var p in Enumerable.Range(1, 12))
        {
            await File.WriteAllBytesAsync(Path.Combine(charts, $"makespan_days_part{p}.png"), png);
        }

        await ExperimentReport.WriteAsync(temp.Path, "# summary", 1, CancellationToken.None);

        var html = await File.ReadAllTextAsync(temp.Combine(NexusSim.Cli.Reporting.ReportHtml.FileName));
        var order = System.Text.RegularExpressions.Regex.Matches(html, "<figure id=\"makespan_days_part([0-9]+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 12), order);
    }

    private static List<PixelSize> Measured(List<string> labels)
    {
        using var paint = Paint.NewDisposablePaint();
        var style = new Plot().Axes.Bottom.TickLabelStyle;
        return [.. labels.Select(l => style.Measure(l, paint).Size)];
    }
}
