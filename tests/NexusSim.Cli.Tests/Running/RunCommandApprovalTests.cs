using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

public sealed class RunCommandApprovalTests
{
    [Fact]
    public async Task Run_RejectAll_ReleasesNothing()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", Paths.FiveAgentFirm, "--approver", "reject-all");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(0, run.Number("releases"));
        Assert.Equal(0, run.Number("approvals"));
        Assert.True(run.Number("rejections") >= run.Deliverables().Count);
        Assert.All(run.Deliverables(), d => Assert.Equal("rejected", d.Status));
        Assert.DoesNotContain(run.Audit(), e => e.GetProperty("action").GetString() == "release_to_client" && e.GetProperty("outcome").GetString() == "executed");
    }

    [Fact]
    public async Task Run_ApproveAll_ReleasesEveryDeliverable()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--approver", "approve-all");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(run.Deliverables().Count, run.Number("releases"));
        Assert.All(run.Deliverables(), d => Assert.Equal("released", d.Status));
        Assert.Equal("completed", run.Text("status"));
    }

    [Fact]
    public async Task Run_ConsoleApproverApprovesWithReason_ReleasesAndRecordsTheReason()
    {
        using var output = new TempDirectory();
        var input = new ScriptedInput();
        for (var i = 0; i < 2; i++)
        {
            input.Key(ConsoleKey.Enter).Line("checked the citations");
        }

        var console = new TestConsole(input);

        var result = await CliRunner.RunAsync(console, ["run", "--out", output.Path, "--quiet", "--manifest", Paths.FiveAgentFirm, "--approver", "console"], CancellationToken.None);

        Assert.True(result.ExitCode == 0, result.Output);
        var run = RunOutput.Single(output.Path);
        Assert.Equal("console", run.Text("approver"));
        var released = run.Deliverables().Count(d => d.Status == "released");
        Assert.True(released > 0);
        Assert.Equal(released, run.Number("approvals"));
        Assert.Equal(released, run.Number("releases"));
        Assert.Contains(run.Audit(), e => e.GetProperty("action").GetString() == "approve"
            && e.GetProperty("reason").GetString()!.Contains("checked the citations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ConsoleApproverRejects_ReleasesNothing()
    {
        using var output = new TempDirectory();
        var input = new ScriptedInput();
        // Each rejection sends the work back; the approval gate allows 3, then the author's manager
        // decides: one more round of 3, then an acceptance with a caveat, which puts the version
        // before the human once more: 7 decisions per deliverable.
        for (var i = 0; i < 14; i++)
        {
            input.Key(ConsoleKey.DownArrow).Key(ConsoleKey.Enter).Line("not ready");
        }

        var console = new TestConsole(input);

        var result = await CliRunner.RunAsync(console, ["run", "--out", output.Path, "--quiet", "--manifest", Paths.FiveAgentFirm, "--approver", "console"], CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(0, run.Number("releases"));
        Assert.Equal(0, run.Number("approvals"));
        Assert.Equal(14, run.Number("rejections"));
        Assert.Equal(2, run.Summary.GetProperty("escalation_outcomes").GetProperty("accepted_with_caveat").GetInt32());
        Assert.Contains(run.Deliverables(), d => d.Status == "rejected");
        Assert.DoesNotContain(run.Deliverables(), d => d.Status == "released");
    }
}
