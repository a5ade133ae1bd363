using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests;

public sealed class RunCommandTests : IClassFixture<RunDefaultFixture>
{
    private static readonly string[] SummaryFields =
    [
        "run_id", "status", "seed", "protocol", "service_line", "manifest_hash", "deliverables", "gate_attempts", "gate_failures",
        "escalations", "approvals", "denied_actions", "unauthorized_executed", "llm_calls", "prompt_tokens", "completion_tokens", "simulated_minutes",
    ];

    private readonly RunDefaultFixture _runs;

    public RunCommandTests(RunDefaultFixture runs) => _runs = runs;

    [Fact]
    public void Run_NoArguments_WritesEveryOutputOfTheDefaultEngagement()
    {
        var run = RunOutputs.SingleRun(_runs.FirstOut);
        var summary = RunOutputs.Summary(run);
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        var line = manifest.ServiceLine(summary.GetProperty("service_line").GetString()!);

        Assert.Equal(0, _runs.FirstExit);
        Assert.All(SummaryFields, field => Assert.True(summary.TryGetProperty(field, out _), $"summary.json lacks {field}"));
        Assert.Equal(42UL, summary.GetProperty("seed").GetUInt64());
        Assert.Equal("chain", summary.GetProperty("protocol").GetString());
        Assert.Equal(0, summary.GetProperty("unauthorized_executed").GetInt64());
        Assert.True(summary.GetProperty("llm_calls").GetInt64() > 0);
        Assert.Equal(line.Deliverables.Select(d => d + ".md").Order(StringComparer.Ordinal), RunOutputs.Deliverables(run).Keys);
        Assert.True(File.Exists(Path.Combine(run, "audit.jsonl")));
        Assert.True(File.Exists(Path.Combine(run, "run.db")));
        Assert.Empty(Directory.GetDirectories(_runs.FirstOut, ".*"));
    }

    [Fact]
    public void Run_NoArguments_LiveViewShowsTurnsVerdictsAndTheResult()
    {
        Assert.Contains("accept_engagement", _runs.FirstOutput, StringComparison.Ordinal);
        Assert.Contains("gate ", _runs.FirstOutput, StringComparison.Ordinal);
        Assert.Contains("status ", _runs.FirstOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputsTwice_SameRunIdAndByteIdenticalOutputs()
    {
        var first = RunOutputs.SingleRun(_runs.FirstOut);
        var second = RunOutputs.SingleRun(_runs.SecondOut);

        Assert.Equal(0, _runs.SecondExit);
        Assert.Equal(Path.GetFileName(first), Path.GetFileName(second));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "summary.json")), File.ReadAllBytes(Path.Combine(second, "summary.json")));
        Assert.Equal(RunOutputs.Deliverables(first), RunOutputs.Deliverables(second));
    }

    [Fact]
    public async Task Run_AnotherSeed_AnotherRunIdAndOtherContent()
    {
        var output = Paths.NewTempDirectory();
        try
        {
            var (exit, _) = await RunOutputs.RunAsync("run", "--seed", "7", "--out", output, "--quiet");

            var run = RunOutputs.SingleRun(output);
            Assert.Equal(0, exit);
            Assert.NotEqual(Path.GetFileName(RunOutputs.SingleRun(_runs.FirstOut)), Path.GetFileName(run));
            Assert.NotEqual(RunOutputs.Deliverables(RunOutputs.SingleRun(_runs.FirstOut)).Values.First(), RunOutputs.Deliverables(run).Values.First());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Run_FiveAgentFirm_RunsUnchangedThroughTheSameCommand()
    {
        var run = RunOutputs.SingleRun(_runs.FiveOut);
        var manifest = ManifestLoader.Load(Paths.FiveAgentFirm).Manifest!;
        var summary = RunOutputs.Summary(run);

        Assert.Equal(0, _runs.FiveExit);
        Assert.Equal(manifest.Firm.Name, summary.GetProperty("firm").GetString());
        Assert.Equal(manifest.ServiceLines[0].Deliverables.Select(d => d + ".md").Order(StringComparer.Ordinal), RunOutputs.Deliverables(run).Keys);
        Assert.Equal(0, summary.GetProperty("unauthorized_executed").GetInt64());
    }

    [Fact]
    public async Task AuditVerify_FreshRun_ExitsZero()
    {
        var (exit, output) = await RunOutputs.RunAsync("audit", "verify", RunOutputs.SingleRun(_runs.FirstOut));

        Assert.Equal(0, exit);
        Assert.Contains("ok", output, StringComparison.Ordinal);
    }
}
