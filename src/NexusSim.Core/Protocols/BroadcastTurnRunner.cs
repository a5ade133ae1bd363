using System.Text;
using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The group chat: wraps a turn runner so that every turn is sent every message posted so far (each
/// earlier turn's final text, by its actor) and every other deliverable's current version, ahead of
/// the turn's own scoped context. Its own deliverable stays the last artifact it reads.
/// </summary>
internal sealed class BroadcastTurnRunner : IAgentTurnRunner
{
    /// <summary>The artifact id of the chat's transcript.</summary>
    public const string ChatId = "group-chat";

    private readonly IAgentTurnRunner _inner;
    private readonly EngagementState _state;
    private readonly List<string> _messages = [];
    private readonly object _sync = new();

    public BroadcastTurnRunner(IAgentTurnRunner inner, EngagementState state)
    {
        _inner = inner;
        _state = state;
    }

    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        var shared = new List<ArtifactView>();
        string chat;
        int count;
        lock (_sync)
        {
            chat = string.Join("\n\n", _messages);
            count = _messages.Count;
        }

        if (count > 0)
        {
            shared.Add(new ArtifactView(ChatId, "Group chat", count, string.Empty, chat));
        }

        var own = new HashSet<string>(turn.Artifacts.Select(a => a.DeliverableId), StringComparer.Ordinal) { turn.DeliverableId };
        shared.AddRange(_state.Deliverables
            .Where(d => !own.Contains(d.Id) && d.Current is not null)
            .Select(d => new ArtifactView(d.Id, d.Type.Name, d.Current!.Number, d.Current.ContentHash, d.Current.Markdown)));
        var result = await _inner.RunAsync(turn with { Artifacts = [.. shared, .. turn.Artifacts] }, recorder, cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            _messages.Add(new StringBuilder().Append("**").Append(turn.ActorId).Append("** (").Append(turn.Task).Append("): ").Append(result.Text.Trim()).ToString());
        }

        return result;
    }
}
