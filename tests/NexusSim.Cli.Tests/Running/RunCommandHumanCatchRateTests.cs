using System.Text.Json;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// The human who approves a release reads it (<c>human.catch_rate</c>, <c>NexusSim:Stub:HumanCatchRate</c>):
/// with fantasy approval's unread passes, what the gates let through is sent back by the human with its
/// words quoted, counted as caught at the approval gate; a policy that decides unread reads nothing.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class RunCommandHumanCatchRateTests : IDisposable
{
    private static readonly string ApprovalGate = ManifestLoader.Load(Paths.ShippedManifest).Manifest!.Gates.First(g => g.Kind == GateKind.Approval).Id;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_HumanReadsAgainstDoesNot_TheReaderSendsBackWhatTheGatesLetThrough()
    {
        var blind = await RunAsync("blind", "--set", "human.catch_rate=0");
        var reader = await RunAsync("reader", "--set", "human.catch_rate=1");

        Assert.Equal(0, blind.Number("rejections"));
        Assert.Equal(0, Caught(blind));
        Assert.True(blind.Summary.GetProperty("defects").GetProperty("shipped").GetInt64() > 0, "the gates let nothing through: the comparison shows nothing");
        Assert.True(reader.Number("rejections") > 0);
        Assert.True(Caught(reader) > 0);
        Assert.True(reader.Summary.GetProperty("defects").GetProperty("shipped").GetInt64() < blind.Summary.GetProperty("defects").GetProperty("shipped").GetInt64());
        Assert.Contains("human.catch_rate=1", reader.Summary.GetProperty("governance").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEqual(blind.RunId, reader.RunId);
    }

    [Fact]
    public async Task Run_HumanRejects_TheAuditedRejectionQuotesAPlantedDefectsWords()
    {
        var reader = await RunAsync("reader", "--set", "human.catch_rate=1");

        var targets = JsonDocument.Parse(File.ReadAllText(Path.Combine(reader.Directory, "ground-truth.json"))).RootElement
            .GetProperty("versions").EnumerateArray()
            .SelectMany(v => v.GetProperty("defects").EnumerateArray().Select(d => d.GetProperty("target").GetString()!))
            .ToHashSet(StringComparer.Ordinal);
        var rejections = File.ReadLines(reader.AuditPath).Where(l => l.Contains("\"reject\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rejections);
        Assert.All(rejections, line => Assert.Contains(targets, t => line.Contains(JsonEncodedText.Encode(t, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_ConfiguredRateWithAnotherStubSettingChanged_TheConfiguredRateStillReads()
    {
        // A variant that changes another stub setting copies the options: the configured human rate must carry over.
        using var environment = new EnvironmentScope(("NexusSim__Stub__HumanCatchRate", "1"));

        var reader = await RunAsync("configured", "--set", "stub.inconsistent_term=0.5");

        Assert.Equal("1", reader.Summary.GetProperty("settings").GetProperty("NexusSim:Stub:HumanCatchRate").GetString());
        Assert.True(reader.Number("rejections") > 0);
        Assert.True(Caught(reader) > 0);
    }

    [Fact]
    public async Task Run_ApproveAllWithAReader_DecidesUnread()
    {
        var unread = await RunAsync("unread", "--set", "human.catch_rate=1", "--set", "approver=approve-all");

        Assert.Equal(0, unread.Number("rejections"));
        Assert.Equal(0, Caught(unread));
    }

    // Seed 10 under fantasy approval: the reviewers pass unread and review-only defects reach the human.
    private async Task<RunOutput> RunAsync(string name, params string[] args)
    {
        var output = _temp.Combine(name);
        var result = await CliRunner.RunEngagementAsync(output, ["--seed", "10", "--scenario", "fantasy_approval", .. args]);
        Assert.True(result.ExitCode == 0, result.Output);
        return RunOutput.Single(output);
    }

    private static long Caught(RunOutput run) => run.Summary.GetProperty("defects").GetProperty("caught").GetProperty(ApprovalGate).GetInt64();
}
