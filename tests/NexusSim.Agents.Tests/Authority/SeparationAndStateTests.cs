using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Authority;

/// <summary>Separation of duties and state rules, attempted through the kernel by actors who hold the grant.</summary>
public sealed class SeparationAndStateTests
{
    private const string Draft = "## Summary\nA draft.\n\n## Sources\n- [S1] Notes\n";

    [Fact]
    public async Task RecordVerdict_AuthorReviewsOwnWork_Denied()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var version = harness.SubmitDirect(Draft);
        var deliverable = harness.FirstDeliverable;
        var gate = harness.Manifest.Gate(deliverable.Type.Gates[0]);

        var (outcome, _) = await harness.ActAsync(deliverable.Type.Author, ActionIds.RecordGateVerdict, Verdict(deliverable, gate.Id, version));

        Assert.False(outcome.Executed);
        Assert.Empty(deliverable.Verdicts);
    }

    [Fact]
    public async Task RecordVerdict_OwnerWhoIsNotTheAuthor_Executes()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var version = harness.SubmitDirect(Draft);
        var deliverable = harness.FirstDeliverable;
        var gate = harness.Manifest.Gate(deliverable.Type.Gates[0]);
        var reviewer = gate.Owners.First(o => o != deliverable.Type.Author);

        var (outcome, _) = await harness.ActAsync(reviewer, ActionIds.RecordGateVerdict, Verdict(deliverable, gate.Id, version));

        Assert.True(outcome.Executed, outcome.Result);
        Assert.Single(deliverable.Verdicts);
    }

    [Fact]
    public async Task Approve_ApproverIsTheRequester_Denied()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var version = harness.SubmitDirect(Draft);
        var deliverable = harness.FirstDeliverable;
        harness.State.MarkGatesPassed(deliverable.Id, version.ContentHash);
        harness.State.RequestApproval(deliverable.Id, harness.HumanId);

        var (outcome, _) = await harness.ActAsync(harness.HumanId, ActionIds.Approve, Decision(deliverable, version.ContentHash));

        Assert.False(outcome.Executed);
        Assert.Null(deliverable.Approval);
    }

    [Fact]
    public async Task Release_BeforeTheGatesPass_Denied()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var version = harness.SubmitDirect(Draft);
        var deliverable = harness.FirstDeliverable;

        var (outcome, _) = await harness.ActAsync(harness.HumanId, ActionIds.ReleaseToClient, Decision(deliverable, version.ContentHash));

        Assert.False(outcome.Executed);
        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, outcome.RuleId);
        Assert.Null(deliverable.ReleasedHash);
    }

    [Fact]
    public async Task Release_VersionOtherThanTheApprovedOne_Denied()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var deliverable = harness.FirstDeliverable;
        var first = harness.SubmitDirect(Draft);
        harness.State.MarkGatesPassed(deliverable.Id, first.ContentHash);
        harness.State.RequestApproval(deliverable.Id, deliverable.Type.Author);
        var (approved, _) = await harness.ActAsync(harness.HumanId, ActionIds.Approve, Decision(deliverable, first.ContentHash));
        var second = harness.SubmitDirect(Draft + "\nA late edit.\n");
        harness.State.MarkGatesPassed(deliverable.Id, second.ContentHash);

        var (outcome, _) = await harness.ActAsync(harness.HumanId, ActionIds.ReleaseToClient, Decision(deliverable, second.ContentHash));

        Assert.True(approved.Executed, approved.Result);
        Assert.False(outcome.Executed);
        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, outcome.RuleId);
    }

    [Fact]
    public async Task Release_TheApprovedVersionWhoseGatesPassed_Executes()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var deliverable = harness.FirstDeliverable;
        var version = harness.SubmitDirect(Draft);
        harness.State.MarkGatesPassed(deliverable.Id, version.ContentHash);
        harness.State.RequestApproval(deliverable.Id, deliverable.Type.Author);
        await harness.ActAsync(harness.HumanId, ActionIds.Approve, Decision(deliverable, version.ContentHash));

        var (outcome, _) = await harness.ActAsync(harness.HumanId, ActionIds.ReleaseToClient, Decision(deliverable, version.ContentHash));

        Assert.True(outcome.Executed, outcome.Result);
        Assert.Equal(version.ContentHash, deliverable.ReleasedHash);
    }

    [Fact]
    public async Task Release_ByAnAgent_DeniedAsExternal()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var deliverable = harness.FirstDeliverable;
        var version = harness.SubmitDirect(Draft);
        harness.State.MarkGatesPassed(deliverable.Id, version.ContentHash);

        var (outcome, _) = await harness.ActAsync(deliverable.Type.Author, ActionIds.ReleaseToClient, Decision(deliverable, version.ContentHash));

        Assert.False(outcome.Executed);
        Assert.Contains(outcome.RuleId, new[] { PolicyRuleIds.ExternalNeedsHuman, PolicyRuleIds.NoGrant });
    }

    private static Dictionary<string, object?> Verdict(DeliverableState deliverable, string gateId, DeliverableVersion version) => new()
    {
        [ActionArgs.DeliverableId] = deliverable.Id,
        [ActionArgs.GateId] = gateId,
        [ActionArgs.VersionHash] = version.ContentHash,
        [ActionArgs.Verdict] = "pass",
        [ActionArgs.Evidence] = "Checked Summary and Sources.",
    };

    private static Dictionary<string, object?> Decision(DeliverableState deliverable, string hash) => new()
    {
        [ActionArgs.DeliverableId] = deliverable.Id,
        [ActionArgs.VersionHash] = hash,
        [ActionArgs.Reason] = "test",
    };
}
