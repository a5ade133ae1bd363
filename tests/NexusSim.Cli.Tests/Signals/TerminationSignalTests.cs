using System.Diagnostics;
using System.Text;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Signals;

/// <summary>
/// SIGTERM (a service manager, <c>kill</c>, a container stop) is treated like Ctrl+C: the run stops
/// where it is, writes what was done as <c>interrupted</c>, seals its trail, releases its lock and
/// exits 130. The CLI runs as a child process, paused on an approval it reads from a pipe that
/// never delivers, so the signal always lands mid-run without any sleep-based timing.
/// </summary>
public sealed class TerminationSignalTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_SigtermWhileWaitingForAnApproval_WritesAnInterruptedSealedRunAndExits130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no SIGTERM to send there
        }

        var outDirectory = Path.Combine(_temp.Path, "out");
        using var process = Start("run", "--out", outDirectory, "--approver", "console");
        var output = new StringBuilder();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("request_approval", StringComparison.Ordinal) == true)
            {
                waiting.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await waiting.Task.WaitAsync(TimeSpan.FromMinutes(3));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(130, process.ExitCode);
        var run = RunOutput.Single(outDirectory);
        Assert.Equal("interrupted", run.Text("status"));
        Assert.Equal([Path.GetFileName(run.Directory)], Directory.GetFileSystemEntries(outDirectory).Select(Path.GetFileName));
        var verify = await CliRunner.RunAsync("audit", "verify", run.Directory);
        Assert.Equal(0, verify.ExitCode);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nexussim.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NexusSim__Storage__CheckpointKeyPath"] = TestSigningKey.Path;
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
