using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A gate's max_attempts caps its attempts: the cap-th failure escalates the deliverable, and the
/// author's manager decides (the stub manager grants one more round first, then accepts with a
/// recorded caveat). Failures are forced through stub quality set with NexusSim__Stub__* environment
/// variables (every first draft fails the deterministic checks; the stub's rework then fixes every
/// issue, so this forces exactly one failure). A gate owned by an actor without the grant to record a
/// verdict is refused by validation (NX0051) before any turn.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed partial class RunCommandGateCapTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_StubQualityForcesFailureAndCapIsOne_EscalatesOnceThenTheExtraRoundPasses()
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        FirmCopy.EditGate(manifest, "citation_check", maxAttempts: 1);
        using var environment = EnvironmentScope.FirstDraftsFailTheirGates();

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", _temp.Combine("firm"));

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(_temp.Combine("out"));
        var deliverables = run.Deliverables();
        Assert.All(deliverables, d => Assert.Equal("released", d.Status));
        foreach (var (id, _) in deliverables)
        {
            Assert.Equal(("citation_check", "needs_work", 1), Verdicts(run, id)[0]);
            Assert.Equal(("citation_check", "pass", 2), Verdicts(run, id)[1]);
            Assert.Single(CapEscalations(run, id));
            Assert.Single(Decisions(run, id));
        }

        Assert.Equal(deliverables.Count, run.Number("escalations"));
        Assert.Equal(deliverables.Count, run.Summary.GetProperty("escalation_outcomes").GetProperty("more_attempts").GetInt64());
        Assert.Equal("completed", run.Text("status"));
    }

    [Fact]
    public async Task Run_GateOwnerWithoutVerdictGrant_RefusedBeforeAnyTurnWithExitTwo()
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        FirmCopy.EditGate(manifest, "soundness_review", owners: "dana", maxAttempts: 3);

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", _temp.Combine("firm"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NX0051", result.Output, StringComparison.Ordinal);
        Assert.Contains("'soundness_review'", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("out")) && Directory.EnumerateFileSystemEntries(_temp.Combine("out")).Any());
    }

    /// <summary>Each gate verdict on a deliverable, in order, from audit.jsonl.</summary>
    private static List<(string Gate, string Verdict, int Attempt)> Verdicts(RunOutput run, string deliverable) =>
        [.. run.Audit()
            .Where(e => Is(e, "record_gate_verdict", deliverable) && e.GetProperty("outcome").GetString() is "executed" or "needs_work")
            .Select(e => e.GetProperty("reason").GetString()!)
            .Select(reason => VerdictText().Match(reason) is { Success: true } m
                ? (m.Groups[2].Value, m.Groups[1].Value, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))
                : (NoVerdictGate(reason), "needs_work", 0))];

    /// <summary>The executed escalations of a deliverable (not the escalations of denied actions).</summary>
    private static List<JsonElement> CapEscalations(RunOutput run, string deliverable) =>
        [.. run.Audit().Where(e => Is(e, "escalate", deliverable) && e.GetProperty("outcome").GetString() == "executed")];

    /// <summary>The decisions on a deliverable's escalations (resolve_escalation executed).</summary>
    private static List<JsonElement> Decisions(RunOutput run, string deliverable) =>
        [.. run.Audit().Where(e => Is(e, "resolve_escalation", deliverable) && e.GetProperty("outcome").GetString() == "executed")];

    private static bool Is(JsonElement entry, string action, string subject) =>
        entry.GetProperty("action").GetString() == action && entry.GetProperty("subject").GetString() == subject;

    private static string NoVerdictGate(string reason) =>
        reason.Contains("Legal soundness", StringComparison.Ordinal) ? "soundness_review" : reason;

    [GeneratedRegex(@"^Recorded (pass|needs_work) at (\S+) \(attempt (\d+)\)")]
    private static partial Regex VerdictText();
}
