using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.AI;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub;

/// <summary>
/// The offline model. It reads only the messages and tools it is sent, answers with real
/// <see cref="FunctionCallContent"/> for the actions its task needs (one per response), and answers
/// the follow-up carrying the results with final text. Same seed and request, same bytes. Like a
/// provider it reports the call's usage: o200k tokens of the messages and tool definitions it was
/// sent and of its reply.
/// </summary>
public sealed class StubChatClient : IChatClient
{
    /// <summary>The model id the stub reports.</summary>
    public const string ModelId = "nexussim-stub";

    private readonly StubContext _context;
    private readonly StubPlanner _planner;
    private readonly TurnPlanMemo _plans = new();
    private readonly Metering.TokenCountCache _usage;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>A stub model made of <paramref name="context"/>.</summary>
    public StubChatClient(StubContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _planner = new StubPlanner(context);
        _usage = new Metering.TokenCountCache(context.Tokens);
    }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var request = StubRequest.Read(list, options);
        if (request is null)
        {
            return Task.FromResult(Reply(list, options, new ChatMessage(ChatRole.Assistant, "I work from a task card (## Task card) and none was given.")));
        }

        ThrowTransientFault(request);
        var plan = _plans.For(request, request.Prompt, _planner.Plan);
        var made = request.CallsMade.Count;
        if (made < plan.Count)
        {
            var call = plan[made];
            var id = string.Create(CultureInfo.InvariantCulture, $"call_{StableHash.Hex(request.Card.Turn)[..8]}_{made + 1}");
            return Task.FromResult(Reply(list, options, new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(id, call.ToolName, call.Arguments)])));
        }

        var answer = request.Card.Task == Core.Protocols.DebateProtocol.CritiqueTask ? new StubCritic(_context).Write(request) : StubAnswer.Write(request);
        return Task.FromResult(Reply(list, options, new ChatMessage(ChatRole.Assistant, answer)));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    // A transient failure is drawn per request and per retry, at most twice in a row, so the
    // runner's retries always get through and the run stays reproducible.
    private void ThrowTransientFault(StubRequest request)
    {
        var rate = _context.Options.Faults.TransientError;
        if (rate <= 0)
        {
            return;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"{request.Card.Turn}#{request.CallsMade.Count}");
        var occurrence = _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (occurrence <= 2 && DeterministicRandom.From(_context.SeedText, key, occurrence.ToString(CultureInfo.InvariantCulture)).Chance(rate))
        {
            throw new HttpRequestException("The model service is temporarily unavailable (simulated 503).", null, HttpStatusCode.ServiceUnavailable);
        }
    }

    private ChatResponse Reply(IReadOnlyList<ChatMessage> sent, ChatOptions? options, ChatMessage message)
    {
        var (input, output) = (_usage.CountPrompt(sent, options), _usage.CountReply([message]));
        return new(message)
        {
            ModelId = ModelId,
            FinishReason = message.Contents.OfType<FunctionCallContent>().Any() ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output },
        };
    }
}
