using System.Net;
using System.Net.Sockets;
using System.Text;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// A run on the openai provider against a stand-in endpoint on 127.0.0.1 with a canary API key:
/// the key reaches the endpoint (so it was really used) and appears in no file the run writes.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class SecretCanaryTests
{
    private const string Canary = "sk-canary-7f3a9c1e5b2d4f6a8c0e";

    [Fact]
    public async Task Run_OpenAiProviderWithCanaryKey_KeepsTheKeyOutOfEveryOutputTranscriptLogAndAudit()
    {
        using var output = new TempDirectory();
        using var endpoint = new StandInEndpoint();
        var log = output.Combine("log", "run.clef");
        using var environment = new EnvironmentScope(
            ("NEXUSSIM_API_KEY", Canary),
            ("NexusSim__Llm__Endpoint", endpoint.Url),
            ("NexusSim__Simulation__MaxTurns", "3"),
            ("Serilog__MinimumLevel__Default", "Verbose"));

        var result = await CliRunner.RunEngagementAsync(output.Combine("out"), "--provider", "openai", "--log-file", log);

        Assert.Contains($"Bearer {Canary}", endpoint.Authorization, StringComparison.Ordinal);
        Assert.True(File.Exists(log), "the log file was not written");
        var files = Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("transcript.jsonl", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("audit.jsonl", StringComparison.Ordinal));
        Assert.True(new FileInfo(log).Length > 0);
        foreach (var file in files)
        {
            Assert.DoesNotContain(Canary, await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Canary, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OpenAiProviderWithVerbosityDiagnostic_KeepsTheKeyOffStderr()
    {
        using var output = new TempDirectory();
        using var endpoint = new StandInEndpoint();
        using var environment = new EnvironmentScope(
            ("NEXUSSIM_API_KEY", Canary),
            ("NexusSim__Llm__Endpoint", endpoint.Url),
            ("NexusSim__Simulation__MaxTurns", "3"));
        var stderr = new StringWriter();
        var previous = Console.Error;
        Console.SetError(stderr);
        CliResult result;
        try
        {
            result = await CliRunner.RunEngagementAsync(output.Combine("out"), "--provider", "openai", "-v", "diagnostic");
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Contains($"Bearer {Canary}", endpoint.Authorization, StringComparison.Ordinal);
        // Every event was logged (each step at Information, each prompt at Debug), and the key in none of them.
        Assert.Contains("Prompt of turn ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, result.Output, StringComparison.Ordinal);
    }

    /// <summary>An OpenAI-compatible chat endpoint on a loopback port that answers every call with plain text and keeps the Authorization header it saw.</summary>
    private sealed class StandInEndpoint : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public StandInEndpoint()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/v1/";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public string Authorization { get; private set; } = string.Empty;

        public void Dispose()
        {
            _listener.Close();
            _ = _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                Authorization = context.Request.Headers["Authorization"] ?? string.Empty;
                var body = Encoding.UTF8.GetBytes("""{"id":"c1","object":"chat.completion","created":0,"model":"stand-in","choices":[{"index":0,"message":{"role":"assistant","content":"Noted; nothing to do."},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}}""");
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }
    }
}
