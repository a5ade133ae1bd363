using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace NexusSim.Agents.Transcripts;

/// <summary>
/// Records every model request and response (messages, tool calls, tool results, tools offered,
/// usage, or the error) in transcript.jsonl with the turn's step key and actor, and logs each prompt
/// at Debug. It sits under SK's function-invoking client, so it sees each round trip of a turn,
/// including the follow-up that carries the tool results. It never sees credentials: those live
/// in the provider's HTTP client below it.
/// </summary>
public sealed partial class TranscriptChatClient : DelegatingChatClient
{
    private readonly TranscriptWriter _writer;
    private readonly ILogger _logger;

    /// <summary>Records calls to <paramref name="innerClient"/> into <paramref name="writer"/>.</summary>
    public TranscriptChatClient(IChatClient innerClient, TranscriptWriter writer, ILogger<TranscriptChatClient> logger)
        : base(innerClient)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var scope = TranscriptTurn.Current;
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogPrompt(_logger, scope?.Step, scope?.Actor, string.Join("\n---\n", sent.Select(m => $"{m.Role}: {m.Text}")));
        }

        try
        {
            var response = await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
            Write(scope, sent, options, line =>
            {
                line["response"] = new JsonObject
                {
                    ["model"] = response.ModelId,
                    ["finish_reason"] = response.FinishReason?.Value,
                    ["messages"] = TranscriptJson.Messages(response.Messages),
                    ["usage"] = TranscriptJson.Usage(response.Usage),
                };
            });
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Write(scope, sent, options, line => line["error"] = new JsonObject { ["type"] = ex.GetType().Name, ["message"] = ex.Message });
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Prompt of turn {Step} ({Actor}):\n{Prompt}")]
    private static partial void LogPrompt(ILogger logger, string? step, string? actor, string prompt);

    private void Write((string Step, string Actor)? scope, IReadOnlyCollection<ChatMessage> sent, ChatOptions? options, Action<JsonObject> complete) =>
        _writer.Append(sequence =>
        {
            var line = new JsonObject
            {
                ["seq"] = sequence,
                ["step"] = scope?.Step,
                ["actor"] = scope?.Actor,
                ["request"] = new JsonObject
                {
                    ["model"] = options?.ModelId,
                    ["tools"] = TranscriptJson.Tools(options),
                    ["messages"] = TranscriptJson.Messages(sent),
                },
            };
            complete(line);
            return TranscriptJson.Line(line);
        });
}
