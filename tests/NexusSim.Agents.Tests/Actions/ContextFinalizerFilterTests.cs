using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

#pragma warning disable SKEXP0001 // AutoFunctionInvocationContext is experimental in Semantic Kernel.

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// Semantic Kernel builds an <see cref="AutoFunctionInvocationContext"/>, a type with a finalizer, for
/// every tool call of a turn. The turn kernels' <see cref="ContextFinalizerFilter"/> takes it off the
/// finalization queue, so a finished tool call's context (and the turn's messages it holds) goes at the
/// first collection instead of surviving it to be finalized. A long weak reference tells the two apart:
/// it still sees an object that a collection kept for its finalizer.
/// </summary>
public sealed class ContextFinalizerFilterTests
{
    [Fact]
    public async Task RunAsync_ToolCallOfATurn_ItsInvocationContextGoesAtTheFirstCollection()
    {
        var model = new ScriptedChatClient();
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);
        var deliverable = engagement.State.Deliverables[0];
        var hash = engagement.Submit(deliverable.Id, "# Draft\n\n## Findings\n\nA finding [S1].\n");
        var gate = deliverable.Type.Gates.Select(engagement.Manifest.Gate).First(g => g.Kind == GateKind.Review);
        var reviewer = gate.Owners.First(o => o != deliverable.Type.Author);
        model.Enqueue(ScriptedReply.Call(ActionIds.RecordGateVerdict, Args.Of(
            (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.GateId, gate.Id), (ActionArgs.VersionHash, hash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Findings: 'A finding [S1]' traced to [S1]."))));
        var task = engagement.Manifest.Chains.SelectMany(c => c.Steps).First(s => s.Mode == StepMode.Review).Task;
        var artifact = new ArtifactView(deliverable.Id, deliverable.Type.Name, 1, hash, deliverable.Current!.Markdown);
        var turn = new AgentTurn("0002-review", reviewer, task, StepMode.Review, deliverable.Id, gate.Id, 1, EngagementHarness.Lane, null, [artifact], []);
        var watch = new Watch();
        Kernel kernel;
        using (var lease = engagement.Kernels.Lease(reviewer, "0001-peek", engagement.NewRecorder("0001-peek")))
        {
            kernel = lease.Kernel;
        }

        kernel.AutoFunctionInvocationFilters.Add(watch);
        await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);
        kernel.AutoFunctionInvocationFilters.Remove(watch);

        var context = Assert.Single(watch.Contexts);
        Assert.Contains(engagement.State.FindDeliverable(deliverable.Id)!.Verdicts, v => v.VersionHash == hash);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        Assert.False(context.IsAlive, "The tool call's invocation context outlived a full collection: it was kept for its finalizer.");
    }

    [Fact]
    public void TurnKernels_EveryActor_CarryTheFilterFirst()
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest);
        foreach (var agent in engagement.Manifest.Actors.Where(a => a.Tier is not null))
        {
            using var lease = engagement.Kernels.Lease(agent.Id, "0001-" + agent.Id, engagement.NewRecorder("0001-" + agent.Id));

            Assert.Same(ContextFinalizerFilter.Instance, lease.Kernel.AutoFunctionInvocationFilters.FirstOrDefault());
        }
    }

    [Fact]
    public async Task OnAutoFunctionInvocationAsync_AnyCall_PassedOnUnchanged()
    {
        var kernel = new Kernel();
        var function = KernelFunctionFactory.CreateFromMethod(() => "ran", "probe");
        var context = new AutoFunctionInvocationContext(kernel, function, new FunctionResult(function), [], new Microsoft.SemanticKernel.ChatMessageContent());
        AutoFunctionInvocationContext? seen = null;

        await ContextFinalizerFilter.Instance.OnAutoFunctionInvocationAsync(context, c =>
        {
            seen = c;
            c.Terminate = true;
            return Task.CompletedTask;
        });

        Assert.Same(context, seen);
        Assert.True(context.Terminate);
    }

    // Sees each context of the turn through a long weak reference only (it must not keep one alive).
    private sealed class Watch : IAutoFunctionInvocationFilter
    {
        public List<WeakReference> Contexts { get; } = [];

        public Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
        {
            Contexts.Add(new WeakReference(context, trackResurrection: true));
            return next(context);
        }
    }
}
