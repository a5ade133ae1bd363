using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>results.csv: exactly the issue's columns, and no cell a spreadsheet would execute.</summary>
public sealed class ResultsCsvTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Cell_FormulaTrigger_PrefixedWithQuote(string text)
    {
        Assert.Equal("'" + text, CsvSafety.Cell(text));
    }

    [Theory]
    [InlineData("chain")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Cell_PlainText_Unchanged(string text)
    {
        Assert.Equal(text, CsvSafety.Cell(text));
    }

    [Fact]
    public void Header_Always_ExactlyTheIssueColumnsThenTheContextCuts()
    {
        string[] expected =
        [
            "protocol", "variant", "scenario", "brief", "firm", "seed", "status", "llm_calls", "prompt_tokens", "completion_tokens",
            "cost_usd", "makespan_days", "mean_cycle_days", "human_hours", "rework_count", "escalations", "defects_planted",
            "defects_caught", "defects_shipped", "rubber_stamps", "denied_actions", "would_be_denied", "unauthorized_executed",
            "context_turns_cut", "context_tokens_cut",
        ];

        Assert.Equal(expected, ResultsCsv.Header);
    }

    [Fact]
    public void Write_HostileBriefAndFirmLabels_EveryTextCellNeutralised()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("results.csv");
        var cell = new ExperimentCell("chain", ExperimentVariant.Baseline, "none", "=HYPERLINK(\"http://x\")", "@firm", 7);
        var record = new ExperimentRecord { RunId = "run-1", Status = "+completed", Metrics = new Dictionary<string, double?> { ["llm_calls"] = 12, ["cost_usd"] = 0.5 } };

        ResultsCsv.Write(path, [new ExperimentRow(cell, record)]);

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(',', ResultsCsv.Header), lines[0]);
        Assert.StartsWith("chain,baseline,none,\"'=HYPERLINK(\"\"http://x\"\")\",'@firm,7,'+completed,12,,,0.5,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",@", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",+", lines[1], StringComparison.Ordinal);
    }
}
