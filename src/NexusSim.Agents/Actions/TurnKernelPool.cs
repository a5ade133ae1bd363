using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The turn kernels of one actor of one firm, shared by every engagement of a container (kept by
/// <see cref="FirmPlugins"/>): a kernel carrying the actor's plugin and the authority filter, with the
/// chat options that offer the firm's actions as tools bound to it, built once per kernel (building
/// tools from functions and their schemas is what a turn would otherwise repeat). A turn takes an idle
/// kernel (<see cref="Take"/>), or a new one when every kernel is held by another turn, and gives it
/// back when it ends. A kernel holds no engagement: while taken it carries the turn's engagement and
/// <see cref="TurnScope"/> in <see cref="Kernel.Data"/>, and nothing once given back.
/// </summary>
internal sealed class TurnKernelPool
{
    private readonly ConcurrentStack<(Kernel Kernel, ChatOptions Options)> _idle = new();
    private readonly Func<Kernel> _create;
    private int _built;

    /// <summary>A pool whose kernels <paramref name="create"/> builds (with no engagement in their data).</summary>
    public TurnKernelPool(Func<Kernel> create) => _create = create ?? throw new ArgumentNullException(nameof(create));

    /// <summary>How many kernels the pool has built (at most as many as turns of the actor ever ran at once).</summary>
    public int Built => Volatile.Read(ref _built);

    /// <summary>Chat options offering the firm's actions as tools bound to <paramref name="turnKernel"/>.</summary>
    public static ChatOptions OptionsFor(Kernel turnKernel) =>
        new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }.ToChatOptions(turnKernel);

    /// <summary>
    /// A kernel for <paramref name="scope"/>'s turn of <paramref name="runtime"/>'s engagement, answering with
    /// <paramref name="chatClient"/>; dispose the lease when the turn ends.
    /// </summary>
    public TurnLease Take(EngagementRuntime runtime, TurnScope scope, Func<IChatClient> chatClient)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(scope);
        if (!_idle.TryPop(out var idle))
        {
            var kernel = _create();
            idle = (kernel, OptionsFor(kernel));
            Interlocked.Increment(ref _built);
        }

        var data = idle.Kernel.Data;
        data[EngagementRuntime.DataKey] = runtime;
        data[TurnScope.DataKey] = scope;
        return new TurnLease(idle.Kernel, scope, idle.Options, chatClient, () =>
        {
            data.Clear();
            _idle.Push(idle);
        });
    }
}
