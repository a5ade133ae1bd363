using Microsoft.Extensions.AI;
using NexusSim.Agents.Actions;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Turns;

/// <summary>
/// Ends a gate review once the reviewer's verdict is recorded: the verdict (evidence and written
/// issues) is what goes back to the author, and no protocol reads a reviewer's final text, so the
/// function-invocation loop gets final text without another model call (what Semantic Kernel's
/// <c>Terminate</c> on auto function invocation does for a turn's last action). Until a verdict is
/// recorded, a refused or denied call included, every call reaches the model as before.
/// </summary>
internal sealed class VerdictEndsTurnChatClient : DelegatingChatClient
{
    /// <summary>The turn's final text once its verdict is recorded.</summary>
    public const string EndText = "Verdict recorded; its evidence and written issues are the handoff to the author.";

    private readonly TurnScope _scope;

    /// <summary>Ends the turn of <paramref name="scope"/> once it has an executed verdict; until then calls go to <paramref name="innerClient"/>.</summary>
    public VerdictEndsTurnChatClient(IChatClient innerClient, TurnScope scope)
        : base(innerClient)
    {
        _scope = scope ?? throw new ArgumentNullException(nameof(scope));
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _scope.Outcomes.Any(o => o.Executed && o.Action == ActionIds.RecordGateVerdict)
            ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, EndText)))
            : base.GetResponseAsync(messages, options, cancellationToken);
}
