using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`runs list`, `runs show` and `runs diff` over the runs kept in an output folder.</summary>
public sealed class RunsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    // A run folder under --out holding only the given summary.json; returns its id.
    private string WriteSummary(string id, string json)
    {
        var directory = Path.Combine(Out, id);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "summary.json"), json);
        return id;
    }

    [Fact]
    public async Task List_TwoRunsAndLeftovers_ListsEachRunOnceWithStatusAndSeed()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--seed", "7");
        Directory.CreateDirectory(Path.Combine(Out, ".run-x.partial"));
        Directory.CreateDirectory(Path.Combine(Out, "not-a-run"));

        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        foreach (var run in Directory.GetDirectories(Out).Where(d => File.Exists(Path.Combine(d, "summary.json"))).Select(RunOutput.At))
        {
            Assert.Matches($"{run.RunId} +{run.Text("status")} +\\d{{4}}-\\d\\d-\\d\\dT[0-9:]+Z .* {run.Number("seed")} ", result.Output);
        }

        Assert.Contains("2 runs in ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".run-x.partial", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-run", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_RunsOfOneSeedUnderDifferentGovernance_AreToldApart()
    {
        WriteSummary("run-governed", "{\"run_id\":\"run-governed\",\"status\":\"completed\",\"seed\":42,\"governance\":null}");
        WriteSummary("run-ungoverned", "{\"run_id\":\"run-ungoverned\",\"status\":\"completed\",\"seed\":42,\"governance\":[\"gates=off\",\"authority=record_only\"]}");

        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Governance", result.Output, StringComparison.Ordinal);
        Assert.Matches("run-ungoverned .* gates=off, authority=record_only", result.Output);
        Assert.Matches("run-governed .* - *\n", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task List_EmptyOutFolder_SaysThereAreNoRuns()
    {
        Directory.CreateDirectory(Out);

        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No runs in ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OutFolderMissing_ExitsTwoSayingTheFolderIsNotThere()
    {
        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: --out: there is no folder {Out}.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("No runs in", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OneRun_SaysOneRunInTheSingular()
    {
        WriteSummary("run-one", "{\"run_id\":\"run-one\",\"status\":\"completed\",\"seed\":42}");

        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 run in ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_RunById_PrintsFieldsSettingsAndDeliverables()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        var run = RunOutput.Single(Out);

        var result = await CliRunner.RunAsync("runs", "show", run.RunId, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches($"status +{run.Text("status")}", result.Output);
        Assert.Matches("settings.NexusSim:Simulation:MaxTurns +400", result.Output);
        Assert.Matches("tool_version +\\d", result.Output);
        Assert.All(run.Deliverables(), d => Assert.Matches($"{d.Id} +{d.Status}, ", result.Output));
    }

    [Fact]
    public async Task Diff_RunsOfTwoSeeds_MarksTheSeedAsDifferentAndTheFirmAsSame()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--seed", "7");
        var ids = Directory.GetDirectories(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        var result = await CliRunner.RunAsync("runs", "diff", ids[0]!, ids[1]!, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\*\s+seed\s+(42\s+7|7\s+42)", result.Output);
        Assert.Matches(@"\n\s+firm\s+", result.Output);
    }

    [Fact]
    public async Task Show_UngovernedRunWithFaults_PrintsEveryTopLevelFieldAndTheNestedOnesFlattened()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--faults", "--set", "gates=off", "--set", "authority=record_only");
        var run = RunOutput.Single(Out);

        var result = await CliRunner.RunAsync("runs", "show", run.RunId, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        foreach (var field in run.Summary.EnumerateObject().Where(f => f.Name is not ("settings" or "deliverables")))
        {
            Assert.Matches($@"\n\s+{Regex.Escape(field.Name)}(\.|\[|\s)", result.Output);
        }

        Assert.Matches("governance +gates=off, authority=record_only", result.Output);
        Assert.Matches($@"defects\.shipped +{run.Summary.GetProperty("defects").GetProperty("shipped").GetInt64()}\s", result.Output);
        Assert.Matches($@"escalation_outcomes\.raised +{run.Summary.GetProperty("escalation_outcomes").GetProperty("raised").GetInt64()}\s", result.Output);
        Assert.All(run.Deliverables(), d => Assert.Matches($@"cycle_days\.{d.Id} +\d", result.Output));
    }

    [Fact]
    public async Task Show_FieldUnknownToThisBuild_PrintsItFlattened()
    {
        var run = WriteSummary("run-later", """{ "run_id": "run-later", "added_later": { "depth": { "leaf": "deep-value" }, "items": [ { "kind": "k1" } ], "tags": [ "t1", "t2" ] } }""");

        var result = await CliRunner.RunAsync("runs", "show", run, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"added_later\.depth\.leaf +deep-value", result.Output);
        Assert.Matches(@"added_later\.items\[0\]\.kind +k1", result.Output);
        Assert.Matches("added_later.tags +t1, t2", result.Output);
    }

    [Fact]
    public async Task Show_NullFields_PrintNoneAsTheReadmeSays()
    {
        var run = WriteSummary("run-n", """{ "run_id": "run-n", "declined_reason": null, "defects": { "caught": null }, "deliverables": [ { "id": "memo", "final_hash": null } ] }""");

        var result = await CliRunner.RunAsync("runs", "show", run, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"declined_reason +\(none\)\s", result.Output);
        Assert.Matches(@"defects\.caught +\(none\)\s", result.Output);
        Assert.Matches(@"memo\.final_hash +\(none\)\s", result.Output);
        Assert.DoesNotMatch(@"declined_reason +-\s", result.Output);
    }

    [Fact]
    public async Task Show_DeliverableWithListsAndAFieldUnknownToThisBuild_PrintsOneRowPerItemAndTheNewField()
    {
        var run = WriteSummary("run-d", """{ "run_id": "run-d", "deliverables": [ { "id": "memo", "status": "released", "changes": [], "caveats": [ "esc-001 (iris): one, two", "esc-002 (kai): <b>three</b>" ], "added_later": { "leaf": "deep-value" } } ] }""");

        var result = await CliRunner.RunAsync("runs", "show", run, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"memo\.caveats\[0\] +esc-001 \(iris\): one, two\s", result.Output);
        Assert.Matches(@"memo\.caveats\[1\] +esc-002 \(kai\): <b>three</b>\s", result.Output);
        Assert.Matches(@"memo\.changes +\(empty\)\s", result.Output);
        Assert.Matches(@"memo\.added_later\.leaf +deep-value\s", result.Output);
    }

    [Fact]
    public async Task Diff_NestedFieldsDiffer_MarksTheGovernanceAndTheDefectCountsAndNotTheEqualOnes()
    {
        var a = WriteSummary("run-a", """{ "run_id": "run-a", "defects": { "planted": 11, "shipped": 0 }, "incomplete_reasons": [] }""");
        var b = WriteSummary("run-b", """{ "run_id": "run-b", "governance": [ "gates=off", "authority=record_only" ], "defects": { "planted": 11, "shipped": 8 }, "incomplete_reasons": [] }""");

        var result = await CliRunner.RunAsync("runs", "diff", a, b, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\*\s+governance\s+\(none\)\s+gates=off, authority=record_only", result.Output);
        Assert.Matches(@"\*\s+defects\.shipped\s+0\s+8\s", result.Output);
        Assert.Matches(@"\n\s+defects\.planted\s+11\s+11\s", result.Output);
        Assert.Matches(@"\n\s+incomplete_reasons\s+\(empty\)\s+\(empty\)", result.Output);
    }

    [Fact]
    public async Task Diff_DeliverablesDifferInAFieldTheirOneLineOmits_MarksThatField()
    {
        var a = WriteSummary("run-a", """{ "run_id": "run-a", "deliverables": [ { "id": "memo", "status": "released", "versions": 2, "gate_verdicts": 3, "final_hash": "aaa", "caveats": [] } ] }""");
        var b = WriteSummary("run-b", """{ "run_id": "run-b", "deliverables": [ { "id": "memo", "status": "released", "versions": 2, "gate_verdicts": 3, "final_hash": "bbb", "caveats": [ "esc-001 (kael): known gap" ] } ] }""");

        var result = await CliRunner.RunAsync("runs", "diff", a, b, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\n\s+deliverable memo\s+released, 2 versions, 3 verdicts\s+released, 2 versions, 3 verdicts", result.Output);
        Assert.Matches(@"\*\s+memo\.final_hash\s+aaa\s+bbb\s", result.Output);
        Assert.Matches(@"\*\s+memo\.caveats\s+\(empty\)\s+\(none\)", result.Output);
        Assert.Matches(@"\*\s+memo\.caveats\[0\]\s+\(none\)\s+esc-001 \(kael\): known gap", result.Output);
        Assert.Matches(@"\n\s+memo\.versions\s+2\s+2\s", result.Output);
    }

    [Theory]
    [InlineData("show", "nope")]
    [InlineData("show", "../../etc")]
    [InlineData("diff", "nope")]
    public async Task ShowOrDiff_UnknownRun_ExitsTwoNamingIt(string verb, string run)
    {
        string[] args = verb == "show" ? ["runs", verb, run, "--out", Out] : ["runs", verb, run, run, "--out", Out];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: no run '{run}'", result.Output, StringComparison.Ordinal);
    }
}
