using System.Globalization;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>Tool calls a model gets wrong: names that do not exist, malformed arguments, and a bypassed filter.</summary>
public sealed class KernelTurnRunnerToolCallTests
{
    private static EngagementHarness Firm(ScriptedChatClient model, Microsoft.SemanticKernel.IFunctionInvocationFilter? filter = null) =>
        new(RepoFiles.ShippedManifest, chat: model, filter: filter);

    [Theory]
    [InlineData("firm_delete_audit_log")]
    [InlineData("override_gate")]
    public async Task RunAsync_ToolThatDoesNotExist_AuditedAsUnknownToolAndNeverExecuted(string toolName)
    {
        var model = new ScriptedChatClient(ScriptedReply.RawCall(toolName, Args.Of((ActionArgs.DeliverableId, "all"))));
        var engagement = Firm(model);
        var before = StateFingerprint.Of(engagement.State);

        var (result, recorder) = await engagement.RunTurnAsync("petra");

        var audited = Assert.Single(recorder.Events);
        Assert.Equal(("unknown_tool", "rejected"), (audited.Action, audited.Outcome));
        Assert.Contains(toolName, audited.Reason, StringComparison.Ordinal);
        var outcome = Assert.Single(result.Actions);
        Assert.False(outcome.Executed);
        Assert.Equal(before, StateFingerprint.Of(engagement.State));
    }

    [Fact]
    public async Task RunAsync_MalformedAmount_InvalidArgumentsAuditedAndStateUnchanged()
    {
        var model = new ScriptedChatClient(ScriptedReply.Call(ActionIds.CommitBudget, Args.Of((ActionArgs.AmountUsd, "about a quarter of a million"), (ActionArgs.Reason, "tools"), (ActionArgs.Risk, "low"))));
        var engagement = Firm(model);
        var before = StateFingerprint.Of(engagement.State);

        var (result, recorder) = await engagement.RunTurnAsync("kael");

        Assert.StartsWith(AuthorityFilter.InvalidPrefix, Assert.Single(result.Actions).Result, StringComparison.Ordinal);
        Assert.StartsWith(AuthorityFilter.InvalidPrefix, Convert.ToString(Assert.Single(model.Results).Result, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var audited = Assert.Single(recorder.Events);
        Assert.Equal((ActionIds.CommitBudget, "invalid_arguments"), (audited.Action, audited.Outcome));
        Assert.Equal(before, StateFingerprint.Of(engagement.State));
    }

    [Fact]
    public async Task RunAsync_RequiredArgumentMissing_InvalidArgumentsAndNoVersion()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model);
        var deliverable = engagement.State.Deliverables[0];
        model.Enqueue(ScriptedReply.Call(ActionIds.SubmitDeliverable, Args.Of((ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.Content, null))));

        var (result, recorder) = await engagement.RunTurnAsync(deliverable.Type.Author, deliverable.Id);

        Assert.StartsWith(AuthorityFilter.InvalidPrefix, Assert.Single(result.Actions).Result, StringComparison.Ordinal);
        Assert.Equal("invalid_arguments", Assert.Single(recorder.Events).Outcome);
        Assert.Empty(deliverable.Versions);
    }

    [Fact]
    public async Task RunAsync_FilterBypassed_TheBodyRefusesAndCountsUnauthorizedExecuted()
    {
        var model = new ScriptedChatClient();
        var engagement = Firm(model, new NoOpFilter());
        var id = engagement.State.Deliverables[0].Id;
        var hash = engagement.Approved(id, "# Summary\nReady.\n", "kael");
        var before = StateFingerprint.Of(engagement.State);
        model.Enqueue(ScriptedReply.Call(ActionIds.ReleaseToClient, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash))));

        var (_, recorder) = await engagement.RunTurnAsync("atlas", id);

        Assert.Equal(1, engagement.Metrics.UnauthorizedExecuted);
        Assert.Equal("blocked_in_body", Assert.Single(recorder.Events).Outcome);
        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
        Assert.Equal(before, StateFingerprint.Of(engagement.State));
    }

    [Fact]
    public async Task InvokeAsync_FilterBypassed_TheBodyRefusesAndNothingExecutes()
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, filter: new NoOpFilter());
        var recorder = engagement.NewRecorder();
        var before = StateFingerprint.Of(engagement.State);

        await Assert.ThrowsAsync<UnauthorizedActionException>(() => engagement.InvokeAsync("petra", ActionIds.CommitBudget, Args.Of((ActionArgs.AmountUsd, 5m), (ActionArgs.Reason, "x")), recorder));

        Assert.Equal(1, engagement.Metrics.UnauthorizedExecuted);
        Assert.DoesNotContain(recorder.Events, e => e.Outcome == "executed");
        Assert.Equal(before, StateFingerprint.Of(engagement.State));
    }
}
