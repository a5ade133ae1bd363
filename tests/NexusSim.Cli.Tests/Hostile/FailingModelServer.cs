using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>A local HTTP server on 127.0.0.1 that answers every request with one status (a 5xx storm), for provider-failure tests; never a real network address.</summary>
internal sealed class FailingModelServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly int _status;
    private readonly string _body;
    private int _requests;

    public FailingModelServer(int status, string body = "{\"error\":{\"message\":\"simulated outage\"}}")
    {
        _status = status;
        _body = body;
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>A loopback address on which nothing listens (connection refused).</summary>
    public static Uri RefusingEndpoint()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _requests);
            var stream = client.GetStream();
            var buffer = new byte[65536];
            _ = await stream.ReadAsync(buffer, _stop.Token);
            var response = $"HTTP/1.1 {_status} Failed\r\nContent-Type: application/json\r\nContent-Length: {Encoding.ASCII.GetByteCount(_body)}\r\nConnection: close\r\n\r\n{_body}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
        }
    }
}
