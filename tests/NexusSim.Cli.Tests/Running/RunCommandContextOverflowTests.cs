using System.Text.Json;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>The context_overflow scenario: scoped context within a per-tier budget against the whole history cut to it.</summary>
public sealed class RunCommandContextOverflowTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Scenario_ContextOverflow_ScopedContextCutsNothingWhileWholeHistoryCutsTheBriefAndPlantsMissingContext()
    {
        var caught = await RunAsync("caught", "--scenario", "context_overflow");
        var uncaught = await RunAsync("uncaught", "--scenario", "context_overflow:uncaught");

        Assert.Empty(ContextEntries(caught));
        Assert.Equal(0, MissingContext(caught));
        var cuts = ContextEntries(uncaught);
        Assert.NotEmpty(cuts);
        Assert.All(cuts, c => Assert.StartsWith("brief", c.GetProperty("data").GetProperty("cut").GetString(), StringComparison.Ordinal));
        Assert.True(MissingContext(uncaught) > 0);
        Assert.True(Planted(uncaught) > Planted(caught), $"planted: caught {Planted(caught)}, uncaught {Planted(uncaught)}");
    }

    [Fact]
    public async Task Scenario_ContextOverflowUncaught_ClientsLeftUnnamedAreRecordedAndShipWhenNoReviewerSeesTheBriefAndNoHumanReads()
    {
        var caught = await RunAsync("caught-unnamed", "--scenario", "context_overflow");
        var uncaught = await RunAsync("uncaught-unnamed", "--scenario", "context_overflow:uncaught", "--set", "human.catch_rate=0");
        // The human who approves knows the client whatever the agents' prompts held: reading, they send it back.
        var read = await RunAsync("uncaught-read", "--scenario", "context_overflow:uncaught", "--set", "human.catch_rate=1");

        Assert.Equal(0, Kind(caught, "UnnamedClient", releasedOnly: false));
        var shipped = Kind(uncaught, "UnnamedClient", releasedOnly: true);
        Assert.True(shipped > 0, "no released version of the uncaught run carries an unnamed client");
        Assert.True(Shipped(uncaught) >= shipped, $"shipped {Shipped(uncaught)}, of which unnamed clients {shipped}");
        Assert.True(Shipped(uncaught) > Shipped(caught), $"shipped: caught {Shipped(caught)}, uncaught {Shipped(uncaught)}");
        // Ground truth and text agree: exactly the released deliverables recorded unnamed leave the client out of their title.
        var unnamedTitles = Directory.GetFiles(Path.Combine(uncaught.Directory, "deliverables"), "*.md")
            .Count(file => File.ReadLines(file).First().EndsWith(": the client", StringComparison.Ordinal));
        Assert.Equal(shipped, unnamedTitles);
        Assert.True(Kind(read, "UnnamedClient", releasedOnly: true) < shipped, $"unnamed clients shipped with a reading human: {Kind(read, "UnnamedClient", releasedOnly: true)} of {shipped}");
    }

    [Fact]
    public async Task Scenario_ContextOverflowUncaught_FiguresABlindAuthorDerivedAreRecordedAndShipInTheReleasedText()
    {
        var caught = await RunAsync("caught-guessed", "--scenario", "context_overflow");
        var uncaught = await RunAsync("uncaught-guessed", "--scenario", "context_overflow:uncaught", "--set", "human.catch_rate=0");

        Assert.Equal(0, Kind(caught, "GuessedFigure", releasedOnly: false));
        Assert.True(Kind(uncaught, "GuessedFigure", releasedOnly: true) > 0, "no released version carries a guessed figure");
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(uncaught.Directory, "ground-truth.json"))).RootElement.GetProperty("versions").EnumerateArray();
        foreach (var version in truth.Where(v => v.GetProperty("released").GetBoolean()))
        {
            var text = File.ReadAllText(Path.Combine(uncaught.Directory, "deliverables", version.GetProperty("deliverable").GetString() + ".md"));
            foreach (var guessed in version.GetProperty("defects").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "GuessedFigure"))
            {
                Assert.Contains(guessed.GetProperty("target").GetString()!, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Scenario_ContextOverflowUncaughtWithAReviewerWhoStillSeesTheBrief_TheUnnamedClientIsCaughtButTheBlindAuthorCannotFixIt()
    {
        var blind = await RunAsync("blind-reviewers", "--scenario", "context_overflow:uncaught");
        // The strategic tier (G2's reviewer) gets a budget its whole history fits: its brief is never cut.
        var seeing = await RunAsync("seeing-reviewer", "--scenario", "context_overflow:uncaught", "--set", "context.budget.strategic=1000000");

        Assert.True(Caught(seeing, "g2") > Caught(blind, "g2"), $"g2 caught {Caught(seeing, "g2")} against {Caught(blind, "g2")}");
        // The authors' briefs are still cut, so the rework cannot name the client: the attempts run out.
        Assert.True(seeing.Number("escalations") > blind.Number("escalations"));
    }

    [Fact]
    public async Task Scenario_ContextOverflow_SummaryCountsTheCutsTheAuditRecords()
    {
        var caught = await RunAsync("caught-cuts", "--scenario", "context_overflow");
        var uncaught = await RunAsync("uncaught-cuts", "--scenario", "context_overflow:uncaught");

        Assert.Equal(0, Cuts(caught).GetProperty("turns_cut").GetInt64());
        Assert.Equal(0, Cuts(caught).GetProperty("tokens_cut").GetInt64());
        var audited = ContextEntries(uncaught);
        Assert.Equal(audited.Count, Cuts(uncaught).GetProperty("turns_cut").GetInt64());
        Assert.Equal(audited.Sum(e => long.Parse(e.GetProperty("data").GetProperty("tokens_cut").GetString()!, System.Globalization.CultureInfo.InvariantCulture)), Cuts(uncaught).GetProperty("tokens_cut").GetInt64());
        Assert.True(Cuts(uncaught).GetProperty("tokens_cut").GetInt64() > 0);
    }

    [Fact]
    public async Task Run_NoContextBudget_SummaryHasNoContextCuts()
    {
        var run = await RunAsync("no-budget", "--set", "context.scope=history");

        Assert.False(run.Summary.TryGetProperty("context_cuts", out _));
    }

    [Fact]
    public async Task Scenario_ContextOverflowBudgetTooSmallForScopedContext_CompletesAndAuditsEachTurnOverBudget()
    {
        var run = await RunAsync("tiny", "--scenario", "context_overflow", "--set", "context.budget.execution=10", "--set", "context.budget.strategic=10");

        var cuts = ContextEntries(run);
        Assert.NotEmpty(cuts);
        Assert.All(cuts, c => Assert.Equal("over_budget", c.GetProperty("outcome").GetString()));
        Assert.All(cuts, c => Assert.Contains("sent over budget", c.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.True(MissingContext(run) > 0);
    }

    [Fact]
    public async Task Scenario_ContextOverflowSameInputs_CutsTheSameWay()
    {
        var first = await RunAsync("one", "--scenario", "context_overflow:uncaught");
        var second = await RunAsync("two", "--scenario", "context_overflow:uncaught");

        Assert.Equal(ContextEntries(first).Select(c => c.GetProperty("data").GetRawText()), ContextEntries(second).Select(c => c.GetProperty("data").GetRawText()));
        Assert.Equal(File.ReadAllText(Path.Combine(first.Directory, "ground-truth.json")), File.ReadAllText(Path.Combine(second.Directory, "ground-truth.json")));
    }

    [Fact]
    public async Task Scenario_ContextOverflowOnTheFiveAgentFirm_RunsBothWays()
    {
        var caught = await RunAsync("legal-caught", "--manifest", Paths.FiveAgentFirm, "--scenario", "context_overflow");
        var uncaught = await RunAsync("legal-uncaught", "--manifest", Paths.FiveAgentFirm, "--scenario", "context_overflow:uncaught", "--set", "context.budget.associate=1500", "--set", "context.budget.senior=1500");

        Assert.Empty(ContextEntries(caught));
        Assert.NotEmpty(ContextEntries(uncaught));
    }

    [Fact]
    public async Task Scenario_ContextBudgetOfZero_ExitsTwoNamingTheSetting()
    {
        var output = _temp.Combine("zero");

        var result = await CliRunner.RunEngagementAsync(output, "--scenario", "context_overflow", "--set", "context.budget.execution=0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NX0089", result.Output, StringComparison.Ordinal);
        Assert.Contains("context.budget.execution", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    private async Task<RunOutput> RunAsync(string name, params string[] args)
    {
        var output = _temp.Combine(name);
        var result = await CliRunner.RunEngagementAsync(output, args);
        Assert.True(result.ExitCode == 0, result.Output);
        return RunOutput.Single(output);
    }

    private static List<JsonElement> ContextEntries(RunOutput run) =>
        [.. File.ReadLines(run.AuditPath).Select(l => JsonDocument.Parse(l).RootElement.Clone()).Where(e => e.GetProperty("action").GetString() == "context")];

    private static int MissingContext(RunOutput run) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Directory, "ground-truth.json"))).RootElement.GetProperty("versions").EnumerateArray()
            .SelectMany(v => v.GetProperty("defects").EnumerateArray()).Count(d => d.GetProperty("kind").GetString() == "MissingContext");

    private static int Kind(RunOutput run, string kind, bool releasedOnly) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Directory, "ground-truth.json"))).RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => !releasedOnly || v.GetProperty("released").GetBoolean())
            .SelectMany(v => v.GetProperty("defects").EnumerateArray()).Count(d => d.GetProperty("kind").GetString() == kind);

    private static long Caught(RunOutput run, string gate) => run.Summary.GetProperty("defects").GetProperty("caught").GetProperty(gate).GetInt64();

    private static long Shipped(RunOutput run) => run.Summary.GetProperty("defects").GetProperty("shipped").GetInt64();

    private static JsonElement Cuts(RunOutput run) => run.Summary.GetProperty("context_cuts");

    private static long Planted(RunOutput run) => run.Summary.GetProperty("defects").GetProperty("planted").GetInt64();
}
