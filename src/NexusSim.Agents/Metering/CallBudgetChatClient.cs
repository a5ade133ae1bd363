using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Caps the model calls of one turn: past the budget it answers with final text and no tool calls,
/// which ends the function-invocation loop (a runaway model cannot spin a turn forever).
/// </summary>
public sealed class CallBudgetChatClient : DelegatingChatClient
{
    /// <summary>The text returned once the budget is spent.</summary>
    public const string LimitText = "Stopped: this turn reached its limit of model calls.";

    private readonly int _maxCalls;
    private readonly Action _onLimit;
    private int _calls;

    /// <summary>Allows <paramref name="maxCalls"/> calls to <paramref name="innerClient"/>.</summary>
    public CallBudgetChatClient(IChatClient innerClient, int maxCalls, Action onLimit)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCalls, 1);
        _maxCalls = maxCalls;
        _onLimit = onLimit ?? throw new ArgumentNullException(nameof(onLimit));
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) > _maxCalls)
        {
            _onLimit();
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, LimitText)));
        }

        return base.GetResponseAsync(messages, options, cancellationToken);
    }
}
