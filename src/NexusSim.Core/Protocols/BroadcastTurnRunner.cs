using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The group chat: wraps a turn runner so that every turn is sent every message posted so far, ahead
/// of the turn's own scoped context (its own deliverable stays the last artifact it reads). As in the
/// group chats of peer frameworks, where tool calls and their results are messages like any other, a
/// message is never replaced: each version submitted (its whole text, by its author), each gate
/// verdict recorded (with its evidence and written issues, by its reviewer) and each turn's final text
/// (by its actor) stays in the chat in the order it was posted, earlier versions included.
/// </summary>
internal sealed class BroadcastTurnRunner : IAgentTurnRunner
{
    /// <summary>The artifact id of the chat's transcript.</summary>
    public const string ChatId = "group-chat";

    private readonly IAgentTurnRunner _inner;
    private readonly EngagementState _state;
    private readonly List<string> _messages = [];
    private readonly Dictionary<string, (int Versions, int Verdicts)> _posted = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    public BroadcastTurnRunner(IAgentTurnRunner inner, EngagementState state)
    {
        _inner = inner;
        _state = state;
    }

    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        string chat;
        int count;
        lock (_sync)
        {
            // Work recorded between turns (a verdict a human recorded, say) is posted before the turn reads the chat.
            PostNewWork();
            chat = string.Join("\n\n", _messages);
            count = _messages.Count;
        }

        var shared = count > 0 ? [new ArtifactView(ChatId, "Group chat", count, string.Empty, chat)] : new List<ArtifactView>();
        var result = await _inner.RunAsync(turn with { Artifacts = [.. shared, .. turn.Artifacts] }, recorder, cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            // The turn's tool calls (its submissions and verdicts) come before its final answer, as in a chat.
            PostNewWork();
            var text = result.Text.Trim();
            if (text.Length > 0)
            {
                _messages.Add(new StringBuilder().Append("**").Append(turn.ActorId).Append("** (").Append(turn.Task).Append("): ").Append(text).ToString());
            }
        }

        return result;
    }

    private string GateName(string id) => _state.Manifest.Gates.FirstOrDefault(g => g.Id == id)?.Name ?? id;

    // Posts every version and verdict recorded since the last post, deliverable by deliverable.
    private void PostNewWork()
    {
        foreach (var deliverable in _state.Deliverables)
        {
            var (versions, verdicts) = _posted.GetValueOrDefault(deliverable.Id);
            for (var i = versions; i < deliverable.Versions.Count; i++)
            {
                var version = deliverable.Versions[i];
                _messages.Add(string.Create(CultureInfo.InvariantCulture, $"**{version.SubmittedBy}** (submit_deliverable): {deliverable.Type.Name} v{version.Number}\n{version.Markdown.TrimEnd()}"));
            }

            for (var i = verdicts; i < deliverable.Verdicts.Count; i++)
            {
                var verdict = deliverable.Verdicts[i];
                var number = deliverable.Versions.FirstOrDefault(v => v.ContentHash == verdict.VersionHash)?.Number;
                var message = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"**{verdict.Reviewer}** (record_gate_verdict): {GateName(verdict.GateId)} on {deliverable.Type.Name} v{number}: {(verdict.Verdict == GateVerdict.Pass ? "pass" : "needs work")}. Evidence: {verdict.Evidence}");
                if (verdict.Issues.Count > 0)
                {
                    message.Append('\n').Append(GateIssueText.Format(verdict.Issues));
                }

                _messages.Add(message.ToString());
            }

            _posted[deliverable.Id] = (deliverable.Versions.Count, deliverable.Verdicts.Count);
        }
    }
}
