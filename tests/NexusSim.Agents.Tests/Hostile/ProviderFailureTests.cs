using System.ClientModel;
using System.Net.Sockets;
using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Tests.Hostile;

/// <summary>Which failures end a run as the provider's (cleanly) and which are retried; a bug or the user's cancel is neither.</summary>
public sealed class ProviderFailureTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "connection refused", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), true },
        { "DNS failure", new HttpRequestException("no such host", new SocketException((int)SocketError.HostNotFound)), true },
        { "HTTP timeout", new TaskCanceledException("timed out", new TimeoutException()), true },
        { "timeout", new TimeoutException(), true },
        { "5xx from the SDK", new ClientResultException("503"), true },
        { "wrapped", new AggregateException(new HttpRequestException("a"), new TimeoutException()), true },
        { "a bug", new InvalidOperationException("bug"), false },
        { "a bug wrapped with a network error", new AggregateException(new HttpRequestException("a"), new NullReferenceException()), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Is_Failure_ClassifiedAsProviderOrNot(string what, Exception exception, bool expected)
    {
        Assert.True(ProviderFailure.Is(exception, CancellationToken.None) == expected, what);
    }

    [Fact]
    public void Is_CancelledByTheUser_NotAProviderFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(ProviderFailure.Is(new OperationCanceledException(cancelled.Token), cancelled.Token));
    }

    [Fact]
    public void Describe_AggregateOfHttpErrors_OneLineWithoutStackTrace()
    {
        var text = ProviderFailure.Describe(new AggregateException(new HttpRequestException("Connection refused\n(127.0.0.1:9)")));

        Assert.Equal("HttpRequestException: Connection refused (127.0.0.1:9)", text);
    }
}
