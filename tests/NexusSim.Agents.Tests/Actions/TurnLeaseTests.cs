using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// An actor's turns reuse one kernel and one tool list (built once, not per turn), across the
/// engagements that share a container's plugins too; each turn's tool calls still act as that turn on
/// its own engagement, a turn that overlaps another of the same actor gets its own kernel, and a
/// finished turn leaves no acting actor or engagement behind.
/// </summary>
public sealed class TurnLeaseTests
{
    private static (EngagementHarness Engagement, string Agent) Firm(ScriptedChatClient? model = null)
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);
        return (engagement, engagement.Manifest.Actors.First(a => a.Tier is not null).Id);
    }

    [Fact]
    public void Lease_NextTurnOfTheActor_SameToolsScopedToTheNextTurn()
    {
        var (engagement, agent) = Firm();
        var first = engagement.Kernels.Lease(agent, "0001-first", engagement.NewRecorder("0001-first"));
        var tools = first.Options.Tools;
        first.Dispose();

        using var next = engagement.Kernels.Lease(agent, "0002-next", engagement.NewRecorder("0002-next"));

        Assert.NotNull(tools);
        Assert.NotEmpty(tools);
        Assert.Same(tools, next.Options.Tools);
        Assert.Same(next.Scope, TurnScope.From(next.Kernel));
        Assert.Equal("0002-next", TurnScope.From(next.Kernel).TurnId);
    }

    [Fact]
    public void Lease_WhileAnotherTurnOfTheActorIsOpen_OwnKernelAndToolsAndTheOpenTurnKeepsItsScope()
    {
        var (engagement, agent) = Firm();
        using var open = engagement.Kernels.Lease(agent, "0001-open", engagement.NewRecorder("0001-open"));

        using var overlapping = engagement.Kernels.Lease(agent, "0002-overlap", engagement.NewRecorder("0002-overlap"));

        Assert.NotSame(open.Kernel, overlapping.Kernel);
        Assert.NotSame(open.Options.Tools, overlapping.Options.Tools);
        Assert.Equal("0001-open", TurnScope.From(open.Kernel).TurnId);
        Assert.Equal("0002-overlap", TurnScope.From(overlapping.Kernel).TurnId);
    }

    [Fact]
    public void ChatClient_EveryTurnOfTheActor_TheTiersClientFromTheKernel()
    {
        var model = new ScriptedChatClient();
        var (engagement, agent) = Firm(model);
        var first = engagement.Kernels.Lease(agent, "0001-first", engagement.NewRecorder("0001-first"));
        var firstClient = first.ChatClient;
        first.Dispose();
        using var next = engagement.Kernels.Lease(agent, "0002-next", engagement.NewRecorder("0002-next"));
        using var overlapping = engagement.Kernels.Lease(agent, "0003-overlap", engagement.NewRecorder("0003-overlap"));

        Assert.Same(model, firstClient);
        Assert.Same(model, next.ChatClient);
        Assert.Same(model, overlapping.ChatClient);
    }

    [Fact]
    public void Dispose_TurnEnded_KernelCarriesNoActingActor()
    {
        var (engagement, agent) = Firm();
        var lease = engagement.Kernels.Lease(agent, "0001-turn", engagement.NewRecorder("0001-turn"));

        lease.Dispose();

        Assert.Throws<InvalidOperationException>(() => TurnScope.From(lease.Kernel));
    }

    [Fact]
    public void Dispose_Twice_DoesNotEndTheTurnThatTookTheKernelSince()
    {
        var (engagement, agent) = Firm();
        var stale = engagement.Kernels.Lease(agent, "0001-stale", engagement.NewRecorder("0001-stale"));
        stale.Dispose();
        using var current = engagement.Kernels.Lease(agent, "0002-current", engagement.NewRecorder("0002-current"));

        stale.Dispose();

        Assert.Same(stale.Kernel, current.Kernel);
        Assert.Equal("0002-current", TurnScope.From(current.Kernel).TurnId);
    }

    [Fact]
    public async Task RunAsync_TwoTurnsOfOneActor_EachTurnsToolCallAuditedInItsOwnTurn()
    {
        var model = new ScriptedChatClient();
        var (engagement, _) = Firm(model);
        var deliverable = engagement.State.Deliverables[0];
        var actor = engagement.Manifest.Actors.First(a => a.Tier is not null).Id;
        string[] turnIds = ["0001-one", "0002-two"];
        var runner = engagement.TurnRunner();
        var recorders = new List<StepRecorder>();

        foreach (var turnId in turnIds)
        {
            model.Enqueue(ScriptedReply.Call(ActionIds.SubmitDeliverable, Args.Of((ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.Content, "# Summary\nA draft.\n"), (ActionArgs.Summary, "draft"))));
            var recorder = engagement.NewRecorder(turnId);
            await runner.RunAsync(EngagementHarness.Turn(actor, deliverable.Id, turnId: turnId), recorder, CancellationToken.None);
            recorders.Add(recorder);
        }

        // The action body records through the scope the kernel carried when the call ran: the turn's own.
        Assert.Equal(turnIds, recorders.Select(r => Assert.Single(r.Events).CausedBy));
    }

    [Fact]
    public void Lease_NextEngagementSharingThePlugins_SameKernelAndToolsCarryingTheNextEngagement()
    {
        var plugins = new FirmPlugins();
        var first = new EngagementHarness(RepoFiles.ShippedManifest, plugins: plugins);
        var agent = first.Manifest.Actors.First(a => a.Tier is not null).Id;
        var earlier = first.Kernels.Lease(agent, "0001-first", first.NewRecorder("0001-first"));
        var (kernel, tools) = (earlier.Kernel, earlier.Options.Tools);
        earlier.Dispose();
        var next = new EngagementHarness(RepoFiles.ShippedManifest, plugins: plugins);

        using var lease = next.Kernels.Lease(agent, "0001-next", next.NewRecorder("0001-next"));

        Assert.Same(kernel, lease.Kernel);
        Assert.Same(tools, lease.Options.Tools);
        Assert.Same(next.Runtime, EngagementRuntime.From(lease.Kernel));
        Assert.Same(next.Chat, lease.ChatClient);
    }

    [Fact]
    public async Task RunAsync_AnotherEngagementHoldsTheActorsKernel_ToolCallActsOnItsOwnEngagementOnly()
    {
        var plugins = new FirmPlugins();
        var holding = new EngagementHarness(RepoFiles.ShippedManifest, plugins: plugins);
        var model = new ScriptedChatClient();
        var acting = new EngagementHarness(RepoFiles.ShippedManifest, chat: model, plugins: plugins);
        var deliverable = acting.State.Deliverables[0];
        var actor = deliverable.Type.Author;
        using var held = holding.Kernels.Lease(actor, "0001-held", holding.NewRecorder("0001-held"));
        model.Enqueue(ScriptedReply.Call(ActionIds.SubmitDeliverable, Args.Of((ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.Content, "# Summary\nA draft.\n"), (ActionArgs.Summary, "draft"))));

        await acting.TurnRunner().RunAsync(EngagementHarness.Turn(actor, deliverable.Id, turnId: "0001-act"), acting.NewRecorder("0001-act"), CancellationToken.None);

        Assert.Single(deliverable.Versions);
        Assert.Empty(holding.State.Deliverables[0].Versions);
        Assert.Same(holding.Runtime, EngagementRuntime.From(held.Kernel));
        Assert.Equal("0001-held", TurnScope.From(held.Kernel).TurnId);
    }

    [Fact]
    public void Dispose_TurnEnded_KernelCarriesNoEngagement()
    {
        var (engagement, agent) = Firm();
        var lease = engagement.Kernels.Lease(agent, "0001-turn", engagement.NewRecorder("0001-turn"));

        lease.Dispose();

        Assert.Throws<InvalidOperationException>(() => EngagementRuntime.From(lease.Kernel));
    }

    [Fact]
    public void Lease_HumanActor_HasNoChatClient()
    {
        var (engagement, _) = Firm();
        var human = engagement.Human.Id;

        using var lease = engagement.Kernels.Lease(human, "0001-human", engagement.NewRecorder("0001-human"));

        Assert.Throws<InvalidOperationException>(() => lease.ChatClient);
    }

    [Fact]
    public void Lease_ManyEngagementsOneAfterAnother_BuildOneKernelAndTwoOnlyWhileTwoTurnsOverlap()
    {
        var plugins = new FirmPlugins();
        var manifest = RepoFiles.ShippedManifest;
        var agent = manifest.Actors.First(a => a.Tier is not null).Id;
        for (var i = 0; i < 5; i++)
        {
            var engagement = new EngagementHarness(manifest, plugins: plugins);
            engagement.Kernels.Lease(agent, $"000{i}-turn", engagement.NewRecorder()).Dispose();
        }

        var pool = plugins.TurnKernels(manifest, agent, plugins.AuthorityFilter, null);
        var built = pool.Built;
        var first = new EngagementHarness(manifest, plugins: plugins);
        var second = new EngagementHarness(manifest, plugins: plugins);
        using (first.Kernels.Lease(agent, "0001-one", first.NewRecorder("0001-one")))
        using (second.Kernels.Lease(agent, "0001-two", second.NewRecorder("0001-two")))
        {
        }

        using var again = first.Kernels.Lease(agent, "0002-again", first.NewRecorder("0002-again"));

        Assert.Equal(1, built);
        Assert.Equal(2, pool.Built);
    }
}
