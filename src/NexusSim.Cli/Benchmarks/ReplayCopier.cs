using Microsoft.Extensions.AI;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// Makes each replay round's requests as the pipeline makes each round's: equal to the recorded ones,
/// with the same objects shared where the pipeline shares them (messages, contents, strings and the
/// options with their tool list). The stub remembers token counts by
/// string and content instance, as it may. In the pipeline a prompt, a message and a tool call are
/// new in every engagement (and shared by the calls of one turn), while an identity text lasts the
/// whole process. Replaying the recorded instances every round would let the stub skip the counting
/// every pipeline round does, and charge the stub's own work to the pipeline; copying everything
/// would make it count more than the pipeline's stub does. So a string is kept when a second
/// recording of the same engagement sent the very same instance (it outlives an engagement), and
/// everything else is copied once per round, shared where the recording shared it.
/// </summary>
internal sealed class ReplayCopier
{
    private readonly HashSet<string> _lasting;

    /// <summary>A copier for <paramref name="recorded"/>, told what lasts by <paramref name="recordedAgain"/> (a second recording of the same engagement).</summary>
    public ReplayCopier(IEnumerable<RecordedRequest> recorded, IEnumerable<RecordedRequest> recordedAgain)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(recordedAgain);
        var again = new HashSet<string>(Strings(recordedAgain), ReferenceEqualityComparer.Instance);
        _lasting = new HashSet<string>(Strings(recorded).Where(again.Contains), ReferenceEqualityComparer.Instance);
    }

    /// <summary>How many distinct string instances are kept from round to round.</summary>
    public int Lasting => _lasting.Count;

    /// <summary>One round's copy of <paramref name="requests"/>.</summary>
    public List<RecordedRequest> Round(IReadOnlyList<RecordedRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var round = new RoundCopies(_lasting);
        return [.. requests.Select(r => new RecordedRequest([.. r.Messages.Select(round.Message)], round.Options(r.Options)))];
    }

    private static IEnumerable<string> Strings(IEnumerable<RecordedRequest> requests) =>
        requests.SelectMany(r => r.Messages).SelectMany(m => m.Contents).SelectMany(Strings);

    private static IEnumerable<string> Strings(AIContent content) => content switch
    {
        TextContent { Text: { } text } => [text],
        FunctionResultContent { Result: string text } => [text],
        _ => [],
    };

    private sealed class RoundCopies(HashSet<string> lasting)
    {
        private readonly Dictionary<ChatMessage, ChatMessage> _messages = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<AIContent, AIContent> _contents = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> _strings = new(ReferenceEqualityComparer.Instance);
        private readonly OptionsCopies _options = new();

        // An actor's options (and tool list) are new in every engagement and shared by all its calls.
        public ChatOptions? Options(ChatOptions? options) => _options.Of(options);

        public ChatMessage Message(ChatMessage message)
        {
            if (!_messages.TryGetValue(message, out var copy))
            {
                copy = new ChatMessage(message.Role, [.. message.Contents.Select(Content)]) { AuthorName = message.AuthorName, MessageId = message.MessageId };
                _messages[message] = copy;
            }

            return copy;
        }

        private AIContent Content(AIContent content)
        {
            if (!_contents.TryGetValue(content, out var copy))
            {
                copy = content switch
                {
                    TextContent text => new TextContent(Text(text.Text)),
                    FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, call.Arguments is null ? null : new Dictionary<string, object?>(call.Arguments)),
                    FunctionResultContent result => new FunctionResultContent(result.CallId, result.Result is string text ? Text(text) : result.Result),
                    _ => content,
                };
                _contents[content] = copy;
            }

            return copy;
        }

        private string Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            if (lasting.Contains(text))
            {
                return text;
            }

            if (!_strings.TryGetValue(text, out var copy))
            {
                copy = new string(text.AsSpan());
                _strings[text] = copy;
            }

            return copy;
        }
    }
}
