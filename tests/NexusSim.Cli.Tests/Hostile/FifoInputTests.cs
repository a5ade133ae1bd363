using System.Diagnostics;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>
/// A FIFO (what a shell's <c>&lt;(...)</c> hands over) given where a file goes is refused with exit 2
/// before it is opened, as a brief is: opening one waits for a writer that never comes. Should a verb
/// open it anyway, the test writes to it after a while so the verb returns, and fails.
/// </summary>
public sealed class FifoInputTests : IClassFixture<AuditRunFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly AuditRunFixture _run;
    private readonly TempDirectory _temp = new();

    public FifoInputTests(AuditRunFixture run) => _run = run;

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[], string> Cases => new()
    {
        { new[] { "experiment", "{fifo}", "--out", "{temp}/exp" }, "FILE: " },
        { new[] { "run", "--quiet", "--out", "{temp}/out", "--approver", "file:{fifo}" }, "not a regular file" },
        { new[] { "--config", "{fifo}", "validate" }, "--config: " },
        { new[] { "audit", "verify", "{run}", "--public-key", "{fifo}" }, "--public-key: " },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Verb_FifoWhereAFileGoes_ExitsTwoWithoutOpeningIt(string[] args, string named)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = _temp.Combine("input.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var run = _run.CopyInto(_temp.Combine("runs"));
        var resolved = args.Select(a => a.Replace("{fifo}", fifo, StringComparison.Ordinal).Replace("{temp}", _temp.Path, StringComparison.Ordinal).Replace("{run}", run, StringComparison.Ordinal)).ToArray();

        // On a thread of its own: a verb that opens the FIFO blocks before its first await.
        var verb = Task.Run(() => CliRunner.RunAsync(resolved));
        var finished = await Task.WhenAny(verb, Task.Delay(Patience)) == verb;
        if (!finished)
        {
            await ReleaseAsync(fifo, verb);
        }

        var result = await verb;
        Assert.True(finished, $"{string.Join(' ', args)} waited on the FIFO");
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.Output}");
        Assert.Contains(named, result.Output, StringComparison.Ordinal);
        Assert.Contains(fifo, result.Output, StringComparison.Ordinal);
    }

    // Feeds every open of the FIFO a line no reader accepts ("[": not JSON, YAML or PEM) until the verb ends,
    // then lets a writer still waiting for a reader go, so no thread of the test host stays blocked.
    private static async Task ReleaseAsync(string fifo, Task verb)
    {
        var writer = Task.Run(async () =>
        {
            while (!verb.IsCompleted)
            {
                await File.WriteAllTextAsync(fifo, "[\n");
                // Writers close before the next opens, so the reader sees the end of its input.
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        });
        await Task.WhenAny(verb, Task.Delay(Patience * 3));
        await Task.Delay(TimeSpan.FromSeconds(1));
        if (!writer.IsCompleted)
        {
            await using var reader = new FileStream(fifo, FileMode.Open, FileAccess.Read);
        }
    }
}
