using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Transcripts;

/// <summary>The JSON of transcript.jsonl: messages with their text, tool calls and tool results, tools offered, usage.</summary>
internal static class TranscriptJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(JsonObject line) => line.ToJsonString(Options);

    public static JsonArray Messages(IEnumerable<ChatMessage> messages) => [.. messages.Select(Message)];

    public static JsonArray Tools(ChatOptions? options) =>
        [.. (options?.Tools ?? []).Select(t => (JsonNode)JsonValue.Create(t.Name))];

    public static JsonObject? Usage(UsageDetails? usage) => usage is null
        ? null
        : new JsonObject { ["input_tokens"] = usage.InputTokenCount, ["output_tokens"] = usage.OutputTokenCount, ["total_tokens"] = usage.TotalTokenCount };

    private static JsonNode Message(ChatMessage message) => new JsonObject
    {
        ["role"] = message.Role.Value,
        ["author"] = message.AuthorName,
        ["contents"] = new JsonArray([.. message.Contents.Select(Content)]),
    };

    private static JsonNode Content(AIContent content) => content switch
    {
        TextContent text => new JsonObject { ["type"] = "text", ["text"] = text.Text },
        FunctionCallContent call => new JsonObject
        {
            ["type"] = "tool_call",
            ["call_id"] = call.CallId,
            ["name"] = call.Name,
            ["arguments"] = JsonSerializer.SerializeToNode(call.Arguments, Options),
        },
        FunctionResultContent result => new JsonObject
        {
            ["type"] = "tool_result",
            ["call_id"] = result.CallId,
            ["result"] = Convert.ToString(result.Result, CultureInfo.InvariantCulture),
        },
        UsageContent usage => new JsonObject { ["type"] = "usage", ["usage"] = Usage(usage.Details) },
        _ => new JsonObject { ["type"] = content.GetType().Name },
    };
}
