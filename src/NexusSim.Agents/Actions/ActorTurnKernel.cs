using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The kernel an actor's turns run on, one after another, with the chat options (the firm's actions as
/// tools, bound to this kernel) built once instead of on every turn: Semantic Kernel's
/// <c>ToChatOptions</c> wraps every kernel function anew each time it is called. A turn takes it with
/// <see cref="TryTake"/> and gives it back when it ends; while one turn holds it, another turn of the
/// same actor gets a clone of its own (<see cref="FirmKernels.Lease"/>).
/// </summary>
internal sealed class ActorTurnKernel(Kernel kernel)
{
    private readonly Lock _lock = new();
    private ChatOptions? _options;
    private IChatClient? _chatClient;
    private bool _taken;

    /// <summary>Chat options offering the firm's actions as tools bound to <paramref name="turnKernel"/>.</summary>
    public static ChatOptions OptionsFor(Kernel turnKernel) =>
        new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }.ToChatOptions(turnKernel);

    /// <summary>Takes the kernel for <paramref name="scope"/>'s turn, or returns null when another turn holds it.</summary>
    public TurnLease? TryTake(TurnScope scope)
    {
        lock (_lock)
        {
            if (_taken)
            {
                return null;
            }

            _taken = true;
            kernel.Data[TurnScope.DataKey] = scope;
            _options ??= OptionsFor(kernel);
            return new TurnLease(kernel, scope, _options, ChatClient, Release);
        }
    }

    // The chat client is the same for every turn of the actor: resolved once.
    private IChatClient ChatClient()
    {
        lock (_lock)
        {
            return _chatClient ??= kernel.GetRequiredService<IChatClient>();
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            kernel.Data.Remove(TurnScope.DataKey);
            _taken = false;
        }
    }
}
