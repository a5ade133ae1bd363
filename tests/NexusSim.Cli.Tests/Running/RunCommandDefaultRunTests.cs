using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

public sealed class RunCommandDefaultRunTests(DefaultRunFixture fixture) : IClassFixture<DefaultRunFixture>
{
    private static readonly string[] SummaryFields =
    [
        "run_id", "status", "seed", "protocol", "service_line", "manifest_hash", "deliverables", "gate_attempts",
        "gate_failures", "escalations", "approvals", "denied_actions", "unauthorized_executed", "llm_calls",
        "prompt_tokens", "completion_tokens", "simulated_minutes",
    ];

    [Fact]
    public void Run_ShippedFirmWithDefaults_ExitsZero()
    {
        Assert.Equal(0, fixture.First.ExitCode);
    }

    [Fact]
    public void Run_ShippedFirmWithDefaults_WritesEveryDeliverableOfTheServiceLine()
    {
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        var run = fixture.FirstRun;
        var line = manifest.ServiceLines.Single(s => s.Id == run.Text("service_line"));

        var files = run.DeliverableFiles();

        Assert.Equal(line.Deliverables.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        Assert.All(files.Values, bytes => Assert.NotEmpty(bytes));
        Assert.Equal(line.Deliverables, run.Deliverables().Select(d => d.Id));
    }

    [Fact]
    public void Run_ShippedFirmWithDefaults_SummaryHasEveryRequiredField()
    {
        var summary = fixture.FirstRun.Summary;

        var missing = SummaryFields.Where(f => !summary.TryGetProperty(f, out _)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Run_ShippedFirmWithDefaults_SummaryDescribesTheRun()
    {
        var run = fixture.FirstRun;
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;

        Assert.Equal(run.RunId, run.Text("run_id"));
        Assert.Equal("completed", run.Text("status"));
        Assert.Equal(42, run.Number("seed"));
        Assert.Equal("chain", run.Text("protocol"));
        Assert.Equal("readiness_assessment", run.Text("service_line"));
        Assert.Equal(manifest.ContentHash, run.Text("manifest_hash"));
        Assert.Equal(0, run.Number("unauthorized_executed"));
        Assert.True(run.Number("gate_attempts") >= run.Deliverables().Count);
        Assert.True(run.Number("llm_calls") > 0);
        Assert.True(run.Number("prompt_tokens") > 0);
        Assert.True(run.Number("completion_tokens") > 0);
        Assert.True(run.Summary.GetProperty("simulated_minutes").GetDouble() > 0);
    }

    [Fact]
    public void Run_ShippedFirmWithDefaults_WritesAuditTrailAndDatabase()
    {
        var run = fixture.FirstRun;

        Assert.True(File.Exists(run.AuditPath));
        Assert.True(File.Exists(Path.Combine(run.Directory, "run.db")));
        Assert.True(File.Exists(Path.Combine(run.Directory, "audit.checkpoint.json")));
        var audit = run.Audit();
        Assert.Equal(run.Number("audit_entries") + 1, audit.Count);
        Assert.Equal(run.Text("audit_head"), audit[^2].GetProperty("hash").GetString());
        Assert.Equal("run.sealed", audit[^1].GetProperty("action").GetString());
        Assert.StartsWith("End of run, status completed: ", audit[^1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShippedFirmWithDefaults_LeavesOnlyTheRunDirectory()
    {
        var entries = Directory.GetFileSystemEntries(fixture.FirstOut).Select(Path.GetFileName).ToList();

        Assert.Equal([fixture.FirstRun.RunId], entries);
        Assert.DoesNotContain(entries, e => e!.EndsWith(".partial", StringComparison.Ordinal));
    }
}
