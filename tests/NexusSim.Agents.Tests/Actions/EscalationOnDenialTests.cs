using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>A denial escalates to the manager (or the domain's owner) when the manifest's escalation.on_denial says so.</summary>
public sealed class EscalationOnDenialTests
{
    private static Dictionary<string, object?> Budget() => Args.Of((ActionArgs.AmountUsd, 5_000m), (ActionArgs.Reason, "A contractor."), (ActionArgs.Risk, "low"));

    [Fact]
    public void ShippedManifest_EscalatesOnDenial()
    {
        Assert.True(RepoFiles.ShippedManifest.Escalation.OnDenial);
    }

    [Fact]
    public async Task InvokeAsync_DeniedActionOfAnAgent_EscalatedToItsManager()
    {
        var manifest = RepoFiles.ShippedManifest;
        var engagement = new EngagementHarness(manifest);
        var recorder = engagement.NewRecorder();

        var outcome = await engagement.InvokeAsync("petra", ActionIds.CommitBudget, Budget(), recorder);

        var escalation = Assert.Single(engagement.State.Escalations);
        Assert.Equal(("petra", manifest.Actor("petra").ReportsTo), (escalation.From, escalation.To));
        Assert.Equal(manifest.Escalation.Options, escalation.Options);
        Assert.Contains(recorder.Events, e => e.Action == "escalate" && e.Outcome == "escalated" && e.Recipient == escalation.To);
        Assert.Contains($"escalated to {escalation.To}", outcome.Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_DefineTermInAnotherOwnersDomain_EscalatedToTheDomainOwner()
    {
        var manifest = RepoFiles.ShippedManifest;
        var domain = manifest.Domains.First(d => d.Owner != "atlas" && manifest.FindActor(d.Owner)?.IsHuman == false);
        var engagement = new EngagementHarness(manifest);
        var args = Args.Of((ActionArgs.Term, "new shared term"), (ActionArgs.Definition, "Something."), (ActionArgs.Domain, domain.Id));

        await engagement.InvokeAsync("atlas", ActionIds.DefineTerm, args, engagement.NewRecorder());

        var escalation = Assert.Single(engagement.State.Escalations);
        Assert.Equal(("atlas", domain.Owner), (escalation.From, escalation.To));
        Assert.Empty(engagement.State.Terms);
    }

    [Fact]
    public async Task InvokeAsync_EscalationOnDenialOff_DeniedWithoutEscalation()
    {
        var engagement = new EngagementHarness(TestManifests.WithEscalationOnDenial(RepoFiles.ShippedManifest, on: false));

        await engagement.InvokeAsync("petra", ActionIds.CommitBudget, Budget(), engagement.NewRecorder());

        Assert.Single(engagement.State.Denials);
        Assert.Empty(engagement.State.Escalations);
    }
}
