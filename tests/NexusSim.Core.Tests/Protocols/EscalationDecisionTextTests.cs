using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// A decision on an escalation is told in words: what the chosen option does to the deliverable here, in the
/// decision's result (the audit entry), in escalations/&lt;id&gt;.md, never by the engine's names for outcomes.
/// </summary>
public sealed class EscalationDecisionTextTests
{
    [Theory]
    [InlineData("rework", "analyst reworks Market scan with the decision's reason as feedback, and fact_check gets 3 more attempts before it escalates again")]
    [InlineData("reassign", "Market scan is reassigned: editor reworks it with the decision's reason as feedback, and fact_check gets 3 more attempts before it escalates again")]
    [InlineData("accept with recorded risk", "version 3 of Market scan goes on as if its blocking review gates had passed, with the decision's reason recorded as its caveat")]
    [InlineData("descope", "Market scan is dropped from the engagement (descoped) and its chain stops")]
    [InlineData("escalate to the principal", "the escalation goes one level up, to principal")]
    public async Task Decision_AnyOption_ItsResultAndReportSayWhatItDoesNotTheOutcomesName(string option, string effect)
    {
        using var flow = await DecidedAsync(option);

        var escalation = flow.State.Escalations[0];
        var resolution = flow.State.ResolutionOf(escalation.Id)!;
        Assert.Equal(effect, resolution.Effect);
        var result = flow.Observer.Steps.SelectMany(s => s.Actions).First(a => a.Action == ActionIds.ResolveEscalation).Result;
        Assert.Equal($"Decided {escalation.Id}: {option}, so {effect}. Reason: {Reason}", result);
        var report = EscalationMarkdown.Render(flow.State, escalation);
        Assert.Contains($"lead chose **{option}**, so {effect}.\n\nReason: {Reason}\n", report.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.All(Enum.GetNames<EscalationOutcome>(), name => Assert.DoesNotContain(name, result + report, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rework", "more_attempts")]
    [InlineData("reassign", "reassigned")]
    [InlineData("accept with recorded risk", "accepted_with_caveat")]
    [InlineData("descope", "descoped")]
    [InlineData("escalate to the principal", "escalated_further")]
    public async Task Decision_AnyOption_ItsAuditEntrySaysTheEffectInWordsAndTheOutcomeByItsAuditId(string option, string outcome)
    {
        using var flow = await DecidedAsync(option);

        var audit = await flow.Session.Parts.Journal.ReadAuditAsync(flow.State.RunId, CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Action == "escalation_decision");
        var resolution = flow.State.ResolutionOf(flow.State.Escalations[0].Id)!;
        Assert.Equal(Reason, entry.Reason);
        Assert.Equal(outcome, entry.Data["outcome"]);
        Assert.Equal(option, entry.Data["option"]);
        Assert.Equal(resolution.Effect, entry.Data["effect"]);
        Assert.All(Enum.GetNames<EscalationOutcome>(), name => Assert.DoesNotContain(entry.Data.Values, v => v.Contains(name, StringComparison.Ordinal)));
    }

    private const string Reason = "Because the firm says so.";

    // A gate that always fails escalates; the first decision takes option, and the run stops at the next escalation.
    private static async Task<FlowHarness> DecidedAsync(string option)
    {
        var flow = new FlowHarness(editEntry: entry => entry.Replace("options: [\"rework\", \"descope\"]",
            "options: [\"rework\", \"descope\", \"accept with recorded risk\", \"reassign\", \"escalate to the principal\"]", StringComparison.Ordinal));
        var decided = false;
        flow.Turns.Script = turn => turn.EscalationId is not null && !decided ? [Decide(turn, option, ref decided)]
            : turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan.Replace("East", $"East ({turn.TurnId})", StringComparison.Ordinal))]
            : [Scripts.Verdict(turn, "needs_work")];
        var run = flow.Start(Scan, GoodScan);
        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);
        return flow;
    }

    // The first decision only: the escalations that follow it stay undecided, so the run stops.
    private static (string, Dictionary<string, object?>) Decide(AgentTurn turn, string option, ref bool decided)
    {
        decided = true;
        var (action, args) = Scripts.Resolve(turn, option, option == "reassign" ? "editor" : null);
        args[ActionArgs.Reason] = Reason;
        return (action, args);
    }
}
