using System.Text.Json;
using Microsoft.Extensions.AI;
using NexusSim.Core.Metrics;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Sits under the function-invoking client and meters every model call: o200k tokens of what was
/// really sent (messages and tool definitions) and returned, and the tier's simulated latency.
/// Repeated prompt parts are tokenized once (<see cref="TokenCountCache"/>).
/// </summary>
public sealed class MeteringChatClient : DelegatingChatClient
{
    private readonly TurnMeter _meter;
    private readonly RunMetrics _metrics;
    private readonly TokenCountCache _counts;

    /// <summary>Meters calls to <paramref name="innerClient"/>, counting through <paramref name="counts"/> (the container's shared memories; fresh ones when not given).</summary>
    public MeteringChatClient(IChatClient innerClient, TurnMeter meter, RunMetrics metrics, TokenCounts? counts = null)
        : base(innerClient)
    {
        _meter = meter ?? throw new ArgumentNullException(nameof(meter));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _counts = new TokenCountCache(counts);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var response = await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
        long prompt = sent.Sum(m => CountMessage(m)) + CountTools(options);
        long completion = response.Messages.Sum(m => CountMessage(m));
        _meter.AddCall(prompt, completion);
        _metrics.AddLlmCall(prompt, completion);
        return response;
    }

    private int CountMessage(ChatMessage message) => message.Contents.Sum(content => content switch
    {
        TextContent text => _counts.Count(text.Text),
        FunctionCallContent call => _counts.CountContent(call, () => _counts.Count(call.Name) + _counts.Count(JsonSerializer.Serialize(call.Arguments))),
        FunctionResultContent result => _counts.CountContent(result, () => _counts.Count(Convert.ToString(result.Result, System.Globalization.CultureInfo.InvariantCulture))),
        _ => 0,
    }) + 4;

    // The same tool list is offered on every call of a turn (and an actor's turns share one): counted once per list.
    private int CountTools(ChatOptions? options) =>
        options?.Tools is { } tools ? _counts.CountTools(tools) : 0;
}
