using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

public sealed class RunCommandFirmAndBriefTests
{
    [Fact]
    public async Task Run_FiveAgentFirm_ExitsZeroWithItsOwnDeliverables()
    {
        using var output = new TempDirectory();
        var manifest = ManifestLoader.Load(Paths.FiveAgentFirm).Manifest!;
        var line = manifest.ServiceLines.Single();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(line.Id, run.Text("service_line"));
        Assert.Equal(manifest.ContentHash, run.Text("manifest_hash"));
        Assert.Equal(line.Deliverables.Order(StringComparer.Ordinal), run.DeliverableFiles().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, run.Number("unauthorized_executed"));
    }

    [Theory]
    [InlineData("default.yaml")]
    [InlineData("insurer-claims.yaml")]
    [InlineData("retail-ops.yaml")]
    [InlineData("hospital-architecture.yaml")]
    [InlineData("logistics-roadmap.yaml")]
    public async Task Run_ShippedBrief_RunsItsOwnServiceLine(string file)
    {
        using var output = new TempDirectory();
        var briefPath = Path.Combine(Paths.Briefs, file);
        var brief = BriefLoader.LoadFile(briefPath).Brief!;
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        var line = manifest.ServiceLines.Single(s => s.Id == brief.ServiceLine);

        var result = await CliRunner.RunEngagementAsync(output.Path, "--brief", briefPath);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(line.Id, run.Text("service_line"));
        Assert.Equal(brief.ContentHash, run.Text("brief_hash"));
        Assert.Equal(line.Deliverables, run.Deliverables().Select(d => d.Id));
        Assert.Equal(0, run.Number("unauthorized_executed"));
    }
}
