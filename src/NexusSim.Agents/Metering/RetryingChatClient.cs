using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Retries a model call that failed transiently (HTTP or timeout), with a simulated back-off, under
/// the function-invoking client: only the model call is repeated, never a tool call.
/// </summary>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly TurnMeter _meter;
    private readonly int _maxRetries;
    private readonly Action<int, Exception> _onRetry;

    /// <summary>Retries calls to <paramref name="innerClient"/> up to <paramref name="maxRetries"/> times.</summary>
    public RetryingChatClient(IChatClient innerClient, TurnMeter meter, int maxRetries, Action<int, Exception> onRetry)
        : base(innerClient)
    {
        _meter = meter ?? throw new ArgumentNullException(nameof(meter));
        _onRetry = onRetry ?? throw new ArgumentNullException(nameof(onRetry));
        _maxRetries = maxRetries;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt <= _maxRetries && IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                _meter.AddRetry(Math.Pow(2, attempt - 1) * 0.25);
                _onRetry(attempt, ex);
            }
        }
    }

    private static bool IsTransient(Exception ex) => ProviderFailure.IsTransient(ex);
}
