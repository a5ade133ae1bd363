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
        var (engagement, turn, hash) = ScriptedReview.Create(new ScriptedChatClient(), endsWithVerdict: false);
        var reviewer = turn.ActorId;
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
        Assert.Contains(engagement.State.FindDeliverable(turn.DeliverableId)!.Verdicts, v => v.VersionHash == hash);
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
