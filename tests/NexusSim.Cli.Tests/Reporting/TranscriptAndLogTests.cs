using System.Text.Json;

namespace NexusSim.Cli.Tests.Reporting;

public sealed class TranscriptAndLogTests : IClassFixture<ReportRunsFixture>
{
    private readonly ReportRunsFixture _runs;

    public TranscriptAndLogTests(ReportRunsFixture runs) => _runs = runs;

    [Fact]
    public void Run_Default_TranscribesEveryModelCallWithItsTurnAndActor()
    {
        var run = _runs.DefaultRun;
        var lines = File.ReadAllLines(Path.Combine(run.Directory, "transcript.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(run.Number("llm_calls"), lines.Count);
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long)i), lines.Select(l => l.GetProperty("seq").GetInt64()));
        Assert.All(lines, l =>
        {
            Assert.False(string.IsNullOrEmpty(l.GetProperty("step").GetString()));
            Assert.False(string.IsNullOrEmpty(l.GetProperty("actor").GetString()));
            Assert.True(l.GetProperty("request").GetProperty("messages").GetArrayLength() > 0);
            Assert.True(l.TryGetProperty("response", out _));
        });
        var contents = lines.SelectMany(l => new[] { l.GetProperty("request"), l.GetProperty("response") })
            .SelectMany(m => m.GetProperty("messages").EnumerateArray())
            .SelectMany(m => m.GetProperty("contents").EnumerateArray())
            .Select(c => c.GetProperty("type").GetString())
            .ToHashSet();
        Assert.Contains("tool_call", contents);
        Assert.Contains("tool_result", contents);
        Assert.Contains("text", contents);
    }

    [Fact]
    public void Run_WithLogFile_WritesCompactJsonEventsForTurnsVerdictsAndApprovals()
    {
        var run = _runs.DefaultRun;
        var events = File.ReadAllLines(_runs.DefaultLog).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _), "not a compact JSON (CLEF) event"));
        var byName = events.Where(e => e.TryGetProperty("EventId", out _)).GroupBy(e => e.GetProperty("EventId").GetProperty("Name").GetString()).ToDictionary(g => g.Key!, g => g.ToList());
        Assert.Equal(run.Number("gate_attempts"), byName["LogVerdict"].Count);
        var turnSteps = File.ReadAllLines(Path.Combine(run.Directory, "transcript.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("step").GetString()!).ToHashSet();
        Assert.Equal(run.Number("turns"), turnSteps.Count);
        Assert.Subset(byName["LogStep"].Select(e => e.GetProperty("Step").GetString()!).ToHashSet(), turnSteps);
        Assert.Equal(run.Number("approvals"), byName["LogHumanDecision"].Count(e => e.GetProperty("Action").GetString() == "approve"));
        Assert.All(byName["LogVerdict"], e => Assert.Equal(run.RunId, e.GetProperty("RunId").GetString()));
    }

    [Fact]
    public async Task Run_Default_JournalsEachTurnsLaneSimulatedTimesAndTokens()
    {
        var run = _runs.DefaultRun;
        var turns = await run.TurnStepsAsync();

        Assert.Equal(run.Number("turns"), turns.Count);
        Assert.Equal(run.Number("prompt_tokens"), turns.Sum(t => t.GetProperty("prompt_tokens").GetInt64()));
        Assert.Equal(run.Number("completion_tokens"), turns.Sum(t => t.GetProperty("completion_tokens").GetInt64()));
        Assert.All(turns, t =>
        {
            Assert.False(string.IsNullOrEmpty(t.GetProperty("lane").GetString()));
            Assert.True(t.GetProperty("ended_at").GetDateTimeOffset() > t.GetProperty("started_at").GetDateTimeOffset());
        });
    }

    [Theory]
    [InlineData("default")]
    [InlineData("five-agent")]
    public void Run_AnyFirm_PricesEveryAgentThatTookATurn(string firm)
    {
        var html = File.ReadAllText(Path.Combine(_runs.Run(firm).Directory, "report.html"));

        var cost = System.Text.RegularExpressions.Regex.Match(html, "<table class=\"cost\">.*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.NotEmpty(cost);
        Assert.DoesNotContain("unpriced", cost, StringComparison.Ordinal);
        Assert.Matches("<th>\\$[0-9][0-9,]*\\.[0-9]{2}</th></tr></tfoot>", cost);
        Assert.DoesNotContain("<th>$0.00</th></tr></tfoot>", cost, StringComparison.Ordinal);
    }
}
