using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Protocols;

/// <summary>The manager plans and delegates through assign_task and never does a worker's task: the filter denies it.</summary>
public sealed class HierarchicalProtocolTests
{
    [Theory]
    [InlineData(Firms.Shipped)]
    [InlineData(Firms.FiveAgents)]
    public async Task Run_Firm_ManagerAssignsEveryDeliverableAndSubmitsNothing(string firm)
    {
        var manifest = RepoFiles.Manifest(firm);
        var manager = HierarchicalProtocol.ManagerOf(manifest)!;

        var engagement = await ProtocolEngagement.RunAsync(manifest, new HierarchicalProtocol());
        var audit = await engagement.AuditAsync();

        var assigned = audit.Where(e => e.Actor == manager && e.Action == ActionIds.AssignTask && e.Outcome == "executed").Select(e => e.Subject).ToList();
        Assert.Equal(engagement.Harness.State.Deliverables.Select(d => d.Id), assigned);
        Assert.DoesNotContain(audit, e => e.Actor == manager && e.Action == ActionIds.SubmitDeliverable);
        Assert.All(engagement.Harness.State.Deliverables.SelectMany(d => d.Versions), v => Assert.NotEqual(manager, v.SubmittedBy));
    }

    [Fact]
    public async Task Run_ManagerAuthorsADeliverable_ItIsDraftedByAWorkerInstead()
    {
        var shipped = RepoFiles.ShippedManifest;
        var manager = HierarchicalProtocol.ManagerOf(shipped)!;
        var line = shipped.ServiceLines.First(l => l.Deliverables.Any(d => shipped.DeliverableType(d).Author == manager));
        var own = line.Deliverables.First(d => shipped.DeliverableType(d).Author == manager);

        var engagement = await ProtocolEngagement.RunAsync(shipped, new HierarchicalProtocol(), serviceLine: line.Id);

        var deliverable = engagement.Harness.State.FindDeliverable(own)!;
        Assert.NotEmpty(deliverable.Versions);
        Assert.All(deliverable.Versions, v => Assert.NotEqual(manager, v.SubmittedBy));
    }

    [Fact]
    public async Task InvokeSubmit_ManagerUnderHierarchical_DeniedByTheFilterAndNothingChanges()
    {
        var manifest = RepoFiles.ShippedManifest;
        var manager = HierarchicalProtocol.ManagerOf(manifest)!;
        Assert.Contains(manifest.Grants, g => g.Action == ActionIds.SubmitDeliverable && g.Actors.Contains(manager));
        var engagement = await ProtocolEngagement.RunAsync(manifest, new HierarchicalProtocol());
        var deliverable = engagement.Harness.State.Deliverables[0];
        var versions = deliverable.Versions.Count;

        var outcome = await engagement.Harness.InvokeAsync(manager, ActionIds.SubmitDeliverable,
            new() { [ActionArgs.DeliverableId] = deliverable.Id, [ActionArgs.Content] = "## Summary\nThe manager's own draft.\n", [ActionArgs.Summary] = "done myself" },
            engagement.Harness.NewRecorder("9999-manager-tries"));

        Assert.False(outcome.Executed);
        Assert.Equal(ProtocolRoles.DelegateOnlyRule, outcome.RuleId);
        Assert.Equal(versions, deliverable.Versions.Count);
    }

    [Fact]
    public async Task InvokeSubmit_SameManagerUnderChain_IsExecuted()
    {
        // The control: the denial above comes from the protocol's role, not from the manifest's grants.
        var manifest = RepoFiles.ShippedManifest;
        var manager = HierarchicalProtocol.ManagerOf(manifest)!;
        var engagement = await ProtocolEngagement.RunAsync(manifest, new ChainProtocol());
        var deliverable = engagement.Harness.State.Deliverables[0];

        var outcome = await engagement.Harness.InvokeAsync(manager, ActionIds.SubmitDeliverable,
            new() { [ActionArgs.DeliverableId] = deliverable.Id, [ActionArgs.Content] = "## Summary\nThe manager's own draft.\n", [ActionArgs.Summary] = "done myself" },
            engagement.Harness.NewRecorder("9999-manager-tries"));

        Assert.True(outcome.Executed);
    }

    [Fact]
    public async Task Run_DelegationDepthZero_NoAssignmentAndNoDraft()
    {
        var engagement = await ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, new HierarchicalProtocol(), limits: new ProtocolLimits(MaxDelegationDepth: 0));
        var audit = await engagement.AuditAsync();

        Assert.DoesNotContain(audit, e => e.Action == ActionIds.AssignTask);
        Assert.All(engagement.Harness.State.Deliverables, d => Assert.Empty(d.Versions));
        Assert.Equal(RunOutcome.Incomplete, RunOutcome.Of(engagement.Harness.State));
    }

    [Fact]
    public void Lacks_TwoAgentsAtTheTop_NamesThemAndWhatToDo()
    {
        var shipped = RepoFiles.ShippedManifest;
        var manager = HierarchicalProtocol.ManagerOf(shipped)!;
        var other = shipped.Actors.First(a => !a.IsHuman && a.Id != manager);
        var manifest = shipped with { Actors = [.. shipped.Actors.Select(a => a.Id == other.Id ? a with { ReportsTo = null } : a)] };

        var lacks = new HierarchicalProtocol().Lacks(manifest);

        var problem = Assert.Single(lacks);
        Assert.Contains(manager, problem, StringComparison.Ordinal);
        Assert.Contains(other.Id, problem, StringComparison.Ordinal);
        Assert.Null(HierarchicalProtocol.ManagerOf(manifest));
    }

    [Fact]
    public void Lacks_ManagerWithoutAssignGrant_SaysWhichGrantToExtend()
    {
        var shipped = RepoFiles.ShippedManifest;
        var manager = HierarchicalProtocol.ManagerOf(shipped)!;
        var manifest = shipped with { Grants = [.. shipped.Grants.Select(g => g.Action == ActionIds.AssignTask ? g with { Actors = [.. g.Actors.Where(a => a != manager)] } : g)] };

        var problem = Assert.Single(new HierarchicalProtocol().Lacks(manifest));

        Assert.Contains(ActionIds.AssignTask, problem, StringComparison.Ordinal);
        Assert.Contains(manager, problem, StringComparison.Ordinal);
    }
}
