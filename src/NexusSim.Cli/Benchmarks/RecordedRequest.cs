using Microsoft.Extensions.AI;

namespace NexusSim.Cli.Benchmarks;

/// <summary>One request a model was sent: the messages and the options (tools included).</summary>
internal sealed record RecordedRequest(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options);
