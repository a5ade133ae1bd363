using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>Authority rules reached through a model's tool call: KernelTurnRunner, SK's function invocation, the authority filter.</summary>
public sealed class KernelTurnRunnerAuthorityTests
{
    private const string Human = "board_advisor";

    private static EngagementHarness Firm(ScriptedChatClient model, FirmManifest? manifest = null) =>
        new(manifest ?? TestManifests.WithModelDrivenHuman(RepoFiles.ShippedManifest), chat: model);

    private static string DeliverableOf(EngagementHarness engagement) => engagement.State.Deliverables[0].Id;

    [Fact]
    public async Task RunAsync_ArgumentsNameTheHumanAsActor_TheTurnsActorIsEvaluated()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var hash = engagement.Approved(id, "# Summary\nReady.\n", "kael");
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash), ("actor", Human))));

        var (result, _) = await engagement.RunTurnAsync("atlas", id);

        var denial = Assert.Single(engagement.State.Denials);
        Assert.Equal(("atlas", PolicyRuleIds.ExternalNeedsHuman), (denial.Actor, denial.RuleId));
        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
        Assert.StartsWith(AuthorityFilter.DeniedPrefix, Assert.Single(result.Actions).Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DeniedAndEscalated_TheOutcomeCarriesTheReadersReasonApartFromTheModelsText()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var hash = engagement.Approved(id, "# Summary\nReady.\n", "kael");
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash))));

        var (result, _) = await engagement.RunTurnAsync("atlas", id);

        var outcome = Assert.Single(result.Actions);
        var escalation = Assert.Single(engagement.State.Escalations);
        var seen = Convert.ToString(Assert.Single(model.Results).Result, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"atlas may not {ActionIds.ReleaseToClient} (rule {PolicyRuleIds.ExternalNeedsHuman}): ", outcome.Reason, StringComparison.Ordinal);
        Assert.EndsWith($" The request was escalated to {escalation.To}.", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal($"{AuthorityFilter.DeniedPrefix} ({PolicyRuleIds.ExternalNeedsHuman}): {PolicyDecision.DeniedLabel}{outcome.Reason}", outcome.Result);
        Assert.Equal(outcome.Result, seen);
    }

    [Fact]
    public async Task RunAsync_DeniedCall_TheModelSeesTheDenialAsTheToolResult()
    {
        var model = new ScriptedChatClient(ScriptedReply.Call(ActionIds.CommitBudget, Args.Of((ActionArgs.AmountUsd, 10m), (ActionArgs.Reason, "tools"), (ActionArgs.Risk, "low"))));
        var engagement = Firm(model);

        await engagement.RunTurnAsync("petra");

        var seen = Assert.Single(model.Results);
        Assert.StartsWith(AuthorityFilter.DeniedPrefix, Convert.ToString(seen.Result, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AuthorRecordsVerdictOnOwnDeliverable_DeniedAsSelfReview()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var deliverable = engagement.State.Deliverables[0];
        var hash = engagement.Submit(deliverable.Id, "# Summary\nDraft.\n");
        model.Enqueue(ScriptedReply.Call(ActionIds.RecordGateVerdict, Args.Of(
            (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.GateId, deliverable.Type.Gates[0]), (ActionArgs.VersionHash, hash),
            (ActionArgs.Verdict, "needs_work"), (ActionArgs.Evidence, "Summary checked."))));

        await engagement.RunTurnAsync(deliverable.Type.Author, deliverable.Id);

        Assert.Equal("no_self_review", Assert.Single(engagement.State.Denials).RuleId);
        Assert.Empty(deliverable.Verdicts);
    }

    [Fact]
    public async Task RunAsync_AuthorApprovesOwnDeliverable_DeniedAsSelfApproval()
    {
        var model = new ScriptedChatClient();
        var shipped = TestManifests.WithModelDrivenHuman(RepoFiles.ShippedManifest);
        var engagement = Firm(model, TestManifests.WithAuthor(shipped, shipped.ServiceLines[0].Deliverables[0], Human));
        var id = DeliverableOf(engagement);
        var hash = engagement.Submit(id, "# Summary\nDraft.\n");
        engagement.PassGates(id, hash);
        engagement.RequestApproval(id, "kael");
        model.Enqueue(ScriptedReply.Call(ActionIds.Approve, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash), (ActionArgs.Reason, "Mine, and fine."))));

        await engagement.RunTurnAsync(Human, id);

        Assert.Equal("no_self_approval", Assert.Single(engagement.State.Denials).RuleId);
        Assert.Null(engagement.State.FindDeliverable(id)!.Approval);
    }

    [Fact]
    public async Task RunAsync_ApproverIsTheRequester_DeniedAsApproverNotRequester()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var hash = engagement.Submit(id, "# Summary\nDraft.\n");
        engagement.PassGates(id, hash);
        engagement.RequestApproval(id, Human);
        model.Enqueue(ScriptedReply.Call(ActionIds.Approve, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash), (ActionArgs.Reason, "I asked, I agree."))));

        await engagement.RunTurnAsync(Human, id);

        Assert.Equal("approver_not_requester", Assert.Single(engagement.State.Denials).RuleId);
        Assert.Null(engagement.State.FindDeliverable(id)!.Approval);
    }

    [Fact]
    public async Task RunAsync_ReleaseBeforeTheGatesPass_DeniedAsRequiresGatesPassed()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var hash = engagement.Submit(id, "# Summary\nDraft.\n");
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash))));

        await engagement.RunTurnAsync(Human, id);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, Assert.Single(engagement.State.Denials).RuleId);
        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
    }

    [Fact]
    public async Task RunAsync_ReleaseOfAnotherVersionThanTheGatesPassed_DeniedAsRequiresGatesPassed()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var passed = engagement.Submit(id, "# Summary\nVersion A.\n");
        engagement.PassGates(id, passed);
        var other = engagement.Submit(id, "# Summary\nVersion B.\n");
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, other))));

        await engagement.RunTurnAsync(Human, id);

        var denial = Assert.Single(engagement.State.Denials);
        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, denial.RuleId);
        Assert.Contains(passed[..12], denial.Reason, StringComparison.Ordinal);
        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
    }

    [Fact]
    public async Task RunAsync_ApprovalOfAThenBSubmittedAndPassed_ReleaseOfBDeniedAsRequiresHumanApproval()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        engagement.Approved(id, "# Summary\nVersion A.\n", "kael");
        var b = engagement.Submit(id, "# Summary\nVersion B, changed after approval.\n");
        engagement.PassGates(id, b);
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, b))));

        await engagement.RunTurnAsync(Human, id);

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, Assert.Single(engagement.State.Denials).RuleId);
        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
    }

    [Fact]
    public async Task RunAsync_ReleaseOfTheApprovedVersion_Executes()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var id = DeliverableOf(engagement);
        var hash = engagement.Approved(id, "# Summary\nReady.\n", "kael");
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash))));

        await engagement.RunTurnAsync(Human, id);

        Assert.Empty(engagement.State.Denials);
        Assert.Equal(hash, engagement.State.FindDeliverable(id)!.ReleasedHash);
    }
}
