using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A gate's max_attempts caps its attempts: the cap-th failure escalates the deliverable, and the
/// author's manager decides (the stub manager grants one more round first, then accepts with a
/// recorded caveat). Failures are forced two ways: stub quality set through NexusSim__Stub__*
/// environment variables (every first draft fails the deterministic checks; the stub's rework then
/// fixes every issue, so this forces exactly one failure), and a gate step taken by an actor without
/// the grant to record a verdict (every attempt ends without a verdict, which counts as needs work).
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
        using var environment = new EnvironmentScope(
            ("NexusSim__Stub__Quality__MissingSection", "1"),
            ("NexusSim__Stub__Quality__UnsourcedNumber", "1"),
            ("NexusSim__Stub__Quality__Cliche", "1"),
            ("NexusSim__Stub__Quality__InconsistentTerm", "1"),
            ("NexusSim__Stub__ReviewerFallibility", "0"));

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

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Run_GateNeverPassesWithCap_EscalatesAtEachCapThenAcceptsWithCaveat(int cap)
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        FirmCopy.EditGate(manifest, "soundness_review", owners: "dana", maxAttempts: cap);
        FirmCopy.EditGateStepActor(manifest, "soundness_review", "dana");

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", _temp.Combine("firm"));

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(_temp.Combine("out"));
        foreach (var (id, status) in run.Deliverables())
        {
            // Two rounds of cap failures: the first escalation grants another round, the second accepts with a caveat.
            var atGate = Verdicts(run, id).Where(v => v.Gate == "soundness_review").ToList();
            Assert.Equal(2 * cap, atGate.Count);
            Assert.All(atGate, v => Assert.Equal("needs_work", v.Verdict));
            Assert.Equal(2, CapEscalations(run, id).Count);
            Assert.Equal(2, Decisions(run, id).Count);
            Assert.Equal("released", status);
        }

        var deliverables = run.Summary.GetProperty("deliverables").EnumerateArray().ToList();
        Assert.All(deliverables, d => Assert.Single(d.GetProperty("caveats").EnumerateArray()));
        Assert.Equal(deliverables.Count, run.Summary.GetProperty("escalation_outcomes").GetProperty("accepted_with_caveat").GetInt64());
        Assert.True(Directory.Exists(Path.Combine(run.Directory, "escalations")));
        // One file per escalation: the two gate escalations of each deliverable and the notices of dana's denied verdicts.
        var outcomes = run.Summary.GetProperty("escalation_outcomes");
        Assert.Equal(2 * deliverables.Count, outcomes.GetProperty("raised").GetInt64() - outcomes.GetProperty("denial_notices").GetInt64());
        Assert.Equal(run.Number("escalations"), Directory.GetFiles(Path.Combine(run.Directory, "escalations"), "esc-*.md").Length);
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
