using Microsoft.Extensions.AI;
using NexusSim.Core.Metrics;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Sits under the function-invoking client and meters every model call: the tokens the model reports
/// it used (<see cref="ChatResponse.Usage"/>: a provider's billed counts; the stub reports o200k counts
/// as a provider would), or, when a reply reports none, o200k tokens of what was really sent
/// (messages and tool definitions) and returned; and the tier's simulated latency. Repeated prompt
/// parts are tokenized once (<see cref="TokenCountCache"/>).
/// </summary>
public sealed class MeteringChatClient : DelegatingChatClient
{
    private readonly TurnMeter _meter;
    private readonly RunMetrics _metrics;
    private readonly TokenCounts? _shared;
    private TokenCountCache? _counts;

    /// <summary>Meters calls to <paramref name="innerClient"/>, counting through <paramref name="counts"/> (the container's shared memories; fresh ones when not given).</summary>
    public MeteringChatClient(IChatClient innerClient, TurnMeter meter, RunMetrics metrics, TokenCounts? counts = null)
        : base(innerClient)
    {
        _meter = meter ?? throw new ArgumentNullException(nameof(meter));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _shared = counts;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var response = await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
        var (prompt, completion) = response.Usage is { InputTokenCount: { } input, OutputTokenCount: { } output }
            ? (input, output)
            : Count(sent, options, response);
        _meter.AddCall(prompt, completion);
        _metrics.AddLlmCall(prompt, completion);
        return response;
    }

    // Only for a reply that reports no usage (the stub and real providers report it): the turn's memory is made then.
    private (long Prompt, long Completion) Count(IReadOnlyCollection<ChatMessage> sent, ChatOptions? options, ChatResponse response)
    {
        var counts = LazyInitializer.EnsureInitialized(ref _counts, () => new TokenCountCache(_shared));
        return (counts.CountPrompt(sent, options), counts.CountReply(response.Messages));
    }
}
