using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Hostile;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Approvals without a terminal: piped lines and a decisions file; a missing decision pauses the run.</summary>
public sealed class RunCommandPipedApprovalTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_ConsoleApproverWithPipedApprovals_ReleasesWithoutATerminal()
    {
        var lines = string.Concat(Enumerable.Repeat("# the Board\n\napprove reads well\n", 20));
        var (exit, output, _) = await RunPipedAsync(lines, "--approver", "console");

        Assert.Equal(0, exit);
        var run = RunOutput.Single(Out);
        Assert.True(run.Number("releases") > 0);
        Assert.Contains("Board decision on ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NotSupportedException", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConsoleApproverWithEmptyPipedInput_PausesAwaitingApprovalAndKeepsTheFolder()
    {
        var (exit, _, errors) = await RunPipedAsync(string.Empty, "--approver", "console");

        Assert.Equal(4, exit);
        var run = RunOutput.Single(Out);
        Assert.Equal("awaiting_approval", run.Text("status"));
        Assert.Equal(0, run.Number("releases"));
        Assert.Contains("awaiting approval: no decision on the piped input", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PipedLineThatIsNoDecision_PausesNamingTheLine()
    {
        var (exit, _, errors) = await RunPipedAsync("yes please\n", "--approver", "console");

        Assert.Equal(4, exit);
        Assert.Equal("awaiting_approval", RunOutput.Single(Out).Text("status"));
        Assert.Contains("'yes please' is not a decision", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PipedRejectWithoutReason_IsNotTakenAsADecision()
    {
        var (_, _, errors) = await RunPipedAsync("reject\n", "--approver", "console");

        Assert.Equal("awaiting_approval", RunOutput.Single(Out).Text("status"));
        Assert.Contains("'reject' is not a decision", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DecisionsFileWithoutTheDeliverable_PausesAwaitingApproval()
    {
        var file = _temp.Combine("decisions.yaml");
        // One of the firm's two deliverables decided: the run pauses at the other.
        await File.WriteAllTextAsync(file, "- deliverable: authority_digest\n  decision: approve\n  reason: fine\n");

        var (exit, _, errors) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(4, exit);
        Assert.Equal("awaiting_approval", RunOutput.Single(Out).Text("status"));
        Assert.Contains($"{file} has no decision for ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DecisionsFileWithAMisspeltDeliverable_ExitsTwoNamingTheEntryAndTheNearestId()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "- deliverable: authority_digest\n  decision: approve\n  reason: fine\n- deliverable: research_memmo\n  decision: approve\n  reason: fine\n");

        var (exit, _, errors) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}:4: deliverable: 'research_memmo' is not a deliverable of the firm", errors, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'research_memo'?", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any());
    }

    [Fact]
    public async Task Run_DecisionsFileRejectingEverything_RecordsRejections()
    {
        var ids = (await RunPipedAsync(string.Empty, "--approver", "reject-all")).Exit == 0
            ? RunOutput.Single(Out).Deliverables().Select(d => d.Id).ToList()
            : [];
        Directory.Delete(Out, recursive: true);
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllLinesAsync(file, ids.SelectMany(id => new[] { $"- deliverable: {id}", "  decision: reject", "  reason: not yet" }));

        var (exit, _, _) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(0, exit);
        var run = RunOutput.Single(Out);
        Assert.NotEmpty(ids);
        Assert.True(run.Number("rejections") > 0);
        Assert.Equal(0, run.Number("releases"));
    }

    [Theory]
    [InlineData("- deliverable: x\n  decision: maybe\n  reason: r\n", ":1: decision: 'maybe'")]
    [InlineData("- deliverable: x\n  decision: approve\n", ":1: reason: missing for x")]
    [InlineData("- deliverable: x\n  decison: approve\n  reason: r\n", ":2: unknown field 'decison'")]
    [InlineData("deliverable: x\n", "expected a list of decisions")]
    [InlineData("- [unclosed\n", "not valid YAML")]
    [InlineData("- [unclosed\n- deliverable: x\n", "not valid YAML (A flow list or map")]
    public async Task Run_BadDecisionsFile_ExitsTwoNamingFileLineAndField(string content, string expected)
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, content);

        var (exit, _, errors) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(2, exit);
        Assert.Contains(file, errors, StringComparison.Ordinal);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any());
    }

    [Fact]
    public async Task Run_PausedForAMissingDecision_CompletesWhenRunAgainWithTheDecisionAdded()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "[]\n");
        var (pausedExit, _, _) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);
        var paused = RunOutput.Single(Out);
        Assert.Equal(4, pausedExit);
        Assert.Equal("awaiting_approval", paused.Text("status"));
        var ids = paused.Deliverables().Select(d => d.Id).ToList();
        await File.WriteAllLinesAsync(file, ids.SelectMany(id => new[] { $"- deliverable: {id}", "  decision: approve", "  reason: read and fit to release" }));

        var (exit, _, _) = await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(0, exit);
        var finished = Directory.GetDirectories(Out).Select(RunOutput.At).Single(r => r.RunId != paused.RunId);
        Assert.Equal("completed", finished.Text("status"));
        Assert.Equal(ids.Count, finished.Number("releases"));
        Assert.Equal("awaiting_approval", RunOutput.At(paused.Directory).Text("status"));
    }

    [Fact]
    public async Task Run_TwoConsoleSessionsWithOtherDecisions_EachKeepsItsOwnFolder()
    {
        var approving = string.Concat(Enumerable.Repeat("approve fine\n", 20));
        var rejecting = string.Concat(Enumerable.Repeat("reject no\n", 20));
        await RunPipedAsync(approving, "--approver", "console");
        await RunPipedAsync(rejecting, "--approver", "console");

        var runs = Directory.GetDirectories(Out).Select(RunOutput.At).ToList();

        Assert.Equal(2, runs.Count);
        Assert.Contains(runs, r => r.Number("releases") > 0);
        Assert.Contains(runs, r => r.Number("releases") == 0 && r.Number("rejections") > 0);
        Assert.All(runs, r => Assert.StartsWith("console session started ", r.Summary.GetProperty("settings").GetProperty("approver_decisions").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_DecisionsFileChanged_GetsAnotherRunId()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "[]\n");
        await RunPipedAsync(string.Empty, "--approver", "file:" + file);
        var first = RunOutput.Single(Out).RunId;
        await File.WriteAllTextAsync(file, "- deliverable: authority_digest\n  decision: approve\n  reason: fine\n");

        await RunPipedAsync(string.Empty, "--approver", "file:" + file);

        Assert.Equal(2, Directory.GetDirectories(Out).Length);
        Assert.True(Directory.Exists(Path.Combine(Out, first)));
    }

    private async Task<(int Exit, string Output, string Errors)> RunPipedAsync(string input, params string[] options)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = new CliConsole(HostileConsoleTests.Plain(output), HostileConsoleTests.Plain(errors)) { LineInput = new StringReader(input) };
        var exit = await CliApplication.RunAsync(["run", "--out", Out, "--quiet", "--manifest", Paths.FiveAgentFirm, .. options], console);
        return (exit, output.ToString(), errors.ToString());
    }
}
