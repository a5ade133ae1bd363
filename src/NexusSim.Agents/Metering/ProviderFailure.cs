using System.ClientModel;
using System.Net.Sockets;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Recognises a model provider's failure (as opposed to a bug or the user's cancellation): an HTTP
/// or socket error, a timeout, an error answer from the OpenAI client, or several of these wrapped
/// in an <see cref="AggregateException"/>.
/// </summary>
internal static class ProviderFailure
{
    /// <summary>True when <paramref name="exception"/> is the provider failing, not the user cancelling.</summary>
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => Is(e, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or TimeoutException or SocketException or ClientResultException => true,
        _ => false,
    };

    /// <summary>True when a retry may help: network errors and 408, 429 and 5xx answers.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ClientResultException result => result.Status is 0 or 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or SocketException => true,
        _ => false,
    };

    /// <summary>One line saying what failed, from the innermost exception (no stack trace).</summary>
    public static string Describe(Exception exception)
    {
        var inner = exception;
        while (inner is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            inner = aggregate.InnerExceptions[0];
        }

        var status = inner is ClientResultException { Status: > 0 } result ? $" (HTTP {result.Status})" : string.Empty;
        return $"{inner.GetType().Name}{status}: {inner.Message.ReplaceLineEndings(" ")}";
    }
}
