using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Actions;

/// <summary>
/// One turn's hold on an actor's kernel: the kernel carrying the turn's <see cref="TurnScope"/>, and the
/// chat options that offer the firm's actions as tools bound to that kernel (so every tool call runs
/// through its function-invocation filters). Disposing it ends the turn: the kernel carries no turn
/// afterwards, and the next turn of the actor may take it.
/// </summary>
internal sealed class TurnLease : IDisposable
{
    private readonly Func<IChatClient> _chatClient;
    private Action? _release;

    public TurnLease(Kernel kernel, TurnScope scope, ChatOptions options, Func<IChatClient> chatClient, Action? release)
    {
        Kernel = kernel;
        Scope = scope;
        Options = options;
        _chatClient = chatClient;
        _release = release;
    }

    /// <summary>The kernel the turn runs on.</summary>
    public Kernel Kernel { get; }

    /// <summary>Who acts, in which turn.</summary>
    public TurnScope Scope { get; }

    /// <summary>The chat options of the turn, its tools included.</summary>
    public ChatOptions Options { get; }

    /// <summary>The chat client of the actor's model tier in the turn's engagement (the kernel, shared by engagements, holds none).</summary>
    public IChatClient ChatClient => _chatClient();

    /// <inheritdoc />
    public void Dispose()
    {
        Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
