using Microsoft.Extensions.AI;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Authority;

/// <summary>Attempts a model makes through real tool calls: each passes the filter before any body runs.</summary>
public sealed class ModelToolCallAuthorityTests
{
    private const string Draft = "## Summary\nA draft.\n\n## Sources\n- [S1] Notes\n";

    [Fact]
    public async Task ToolCall_SpoofedActorArgument_EvaluatesTheTurnsActor()
    {
        var deliverableId = LoadedFirms.Shipped.ServiceLine(LoadedFirms.BriefFor(LoadedFirms.Shipped).ServiceLine!).Deliverables[0];
        var spoof = new CallListChatClient(("firm_approve", new() { [ActionArgs.DeliverableId] = deliverableId, [ActionArgs.VersionHash] = Core.Determinism.StableHash.HexOfText(Draft), [ActionArgs.Reason] = "ok", ["actor"] = LoadedFirms.Shipped.Humans.First().Id }));
        var harness = new Harness(LoadedFirms.Shipped, _ => spoof);
        harness.SubmitDirect(Draft);
        var agent = harness.FirstDeliverable.Type.Author;

        var result = await TurnFactory.RunAsync(harness, agent);

        var attempt = Assert.Single(result.Actions);
        Assert.False(attempt.Executed);
        Assert.Equal(agent, attempt.Actor);
        Assert.Null(harness.FirstDeliverable.Approval);
    }

    [Fact]
    public async Task ToolCall_Denied_ModelSeesTheReasonAsTheToolResult()
    {
        var model = new CallListChatClient(("firm_release_to_client", new() { [ActionArgs.DeliverableId] = "x", [ActionArgs.VersionHash] = "y" }));
        var harness = new Harness(LoadedFirms.Shipped, _ => model);
        var agent = harness.FirstDeliverable.Type.Author;

        await TurnFactory.RunAsync(harness, agent);

        var result = model.Requests[^1].SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single();
        Assert.StartsWith(AuthorityFilter.DeniedPrefix, Convert.ToString(result.Result, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(harness.State.Denials);
    }

    [Fact]
    public async Task ToolCall_UnknownTool_IsAuditedAndNothingExecutes()
    {
        var model = new CallListChatClient(("firm_override_gate", new() { [ActionArgs.DeliverableId] = "x" }));
        var harness = new Harness(LoadedFirms.Shipped, _ => model);

        var result = await TurnFactory.RunAsync(harness, harness.FirstDeliverable.Type.Author);

        var attempt = Assert.Single(result.Actions);
        Assert.False(attempt.Executed);
        Assert.Equal("firm_override_gate", attempt.Action);
        Assert.Equal(1, harness.Metrics.ToolErrors);
    }

    [Fact]
    public async Task ToolCall_MalformedArguments_RefusedAndStateUnchanged()
    {
        var model = new CallListChatClient(("firm_submit_deliverable", new() { [ActionArgs.DeliverableId] = string.Empty, [ActionArgs.Content] = Draft }));
        var harness = new Harness(LoadedFirms.Shipped, _ => model);

        var result = await TurnFactory.RunAsync(harness, harness.FirstDeliverable.Type.Author);

        var attempt = Assert.Single(result.Actions);
        Assert.False(attempt.Executed);
        Assert.True(attempt.Result.StartsWith(AuthorityFilter.InvalidPrefix, StringComparison.Ordinal) || attempt.Result.StartsWith(AuthorityFilter.DeniedPrefix, StringComparison.Ordinal), attempt.Result);
        Assert.Empty(harness.FirstDeliverable.Versions);
    }

    [Fact]
    public async Task ToolCall_AuthorSubmits_ExecutesAndRecordsTheVersion()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var model = new CallListChatClient(("firm_submit_deliverable", new() { [ActionArgs.DeliverableId] = harness.FirstDeliverable.Id, [ActionArgs.Content] = Draft, [ActionArgs.Summary] = "v1" }));
        harness = Rebind(harness, model);

        var result = await TurnFactory.RunAsync(harness, harness.FirstDeliverable.Type.Author);

        Assert.True(Assert.Single(result.Actions).Executed);
        Assert.Single(harness.FirstDeliverable.Versions);
        Assert.True(result.Usage.PromptTokens > 0);
        Assert.Equal(2, result.Usage.LlmCalls);
    }

    [Fact]
    public async Task Body_FilterBypassed_RefusesAndCountsUnauthorized()
    {
        var harness = new Harness(LoadedFirms.Shipped, filter: new PassThroughFilter());
        var outsider = harness.Manifest.Agents.First(a => !harness.Manifest.Grants.Any(g => g.Action == ActionIds.ReleaseToClient && g.Actors.Contains(a.Id))).Id;

        await Assert.ThrowsAnyAsync<Exception>(() => harness.ActAsync(outsider, ActionIds.ReleaseToClient, new() { [ActionArgs.DeliverableId] = harness.FirstDeliverable.Id, [ActionArgs.VersionHash] = "h" }));

        Assert.Equal(1, harness.Metrics.UnauthorizedExecuted);
        Assert.Null(harness.FirstDeliverable.ReleasedHash);
    }

    private static Harness Rebind(Harness old, CallListChatClient model)
    {
        var harness = new Harness(old.Manifest, _ => model);
        foreach (var version in old.FirstDeliverable.Versions)
        {
            harness.SubmitDirect(version.Markdown);
        }

        return harness;
    }
}
