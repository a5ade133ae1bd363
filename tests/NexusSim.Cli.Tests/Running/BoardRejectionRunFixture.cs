using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// The default engagement with a decisions file that approves the first deliverable and rejects the second, every
/// time, for one reason: the second is rejected to its approval gate's cap, escalated twice, accepted with a caveat
/// and rejected once more, so it stops unreleased; the run pauses at the third deliverable (no decision for it).
/// </summary>
public sealed class BoardRejectionRunFixture : IAsyncLifetime
{
    public const string Reason = "the ranking table lacks a value column";

    private readonly TempDirectory _temp = new();

    internal CliResult Result { get; private set; } = null!;

    internal RunOutput Run => RunOutput.Single(_temp.Combine("out"));

    /// <summary>The deliverable the decisions file rejects.</summary>
    internal string Rejected { get; private set; } = string.Empty;

    /// <summary>The approval gate of the deliverable it rejects.</summary>
    internal GateDefinition ApprovalGate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        var brief = await File.ReadAllTextAsync(Path.Combine(Paths.Briefs, "default.yaml"));
        var line = manifest.ServiceLines.Single(s => brief.Contains($"service_line: {s.Id}\n", StringComparison.Ordinal));
        Rejected = line.Deliverables[1];
        var type = manifest.DeliverableType(Rejected);
        ApprovalGate = manifest.Gates.Single(g => g.Kind == GateKind.Approval && type.Gates.Contains(g.Id, StringComparer.Ordinal));
        var decisions = _temp.Combine("dec.yaml");
        await File.WriteAllTextAsync(decisions,
            $"- deliverable: {line.Deliverables[0]}\n  decision: approve\n  reason: Board reviewed the final version\n" +
            $"- deliverable: {Rejected}\n  decision: reject\n  reason: {Reason}\n");
        Result = await CliRunner.RunAsync("run", "--out", _temp.Combine("out"), "--approver", "file:" + decisions);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
