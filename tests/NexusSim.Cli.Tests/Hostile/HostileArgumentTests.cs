using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>
/// Hostile command-line arguments: each is refused before anything is written, exits 2, names the
/// option or file and what to do, and never prints a stack trace.
/// </summary>
public sealed class HostileArgumentTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Cases => new()
    {
        { "nul-in-brief", "brief" },
        { "nul-in-manifest", "manifest" },
        { "nul-in-out", "--out" },
        { "directory-as-brief", "not a regular file" },
        { "fifo-as-brief", "not a regular file" },
        { "sparse-1gb-brief", "brief" },
        { "symlink-outside-as-brief", "brief" },
        { "very-long-brief-path", "brief" },
        { "escape-in-run-id", "--run-id" },
        { "newline-in-run-id", "--run-id" },
        { "empty-run-id", "--run-id" },
        { "unknown-provider", "--provider" },
        { "empty-log-file", "--log-file: '' is not a file name" },
        { "nul-in-log-file", "--log-file" },
        { "directory-as-log-file", "is a folder" },
        { "log-file-under-a-file", "--log-file: cannot write to" },
        { "empty-brief", "--brief: '' is not a path" },
        { "blank-manifest", "--manifest: ' ' is not a path" },
        { "empty-overlay", "--overlay: '' is not a path" },
        { "nul-in-overlay", "--overlay" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_HostileArgument_ExitsTwoNamingItWithoutWritingAnything(string name, string named)
    {
        var outDirectory = _temp.Combine("out");
        var args = Arguments(name, outDirectory);

        var result = await CliRunner.RunAsync(["run", "--quiet", .. args]);

        Assert.True(result.ExitCode == 2, $"{name}: exit {result.ExitCode}\n{result.Output}");
        Assert.Contains(named, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.False(Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any(), $"{name}: something was written under --out");
    }

    [Theory]
    [InlineData("validate", "agents\0")]
    [InlineData("audit", "verify", "run\0")]
    [InlineData("report", "run\0")]
    [InlineData("runs", "show", "run\0")]
    [InlineData("init", "dir\0")]
    public async Task Verb_PathWithNul_ExitsTwoWithoutAStackTrace(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.DoesNotContain("Unrecognized", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.ExitCode == 2, $"{string.Join(' ', args)}: exit {result.ExitCode}\n{result.Output}");
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpectedly", result.Output, StringComparison.Ordinal);
    }

    private string[] Arguments(string name, string outDirectory)
    {
        var out_ = new[] { "--out", outDirectory };
        switch (name)
        {
            case "nul-in-brief":
                return ["--brief", _temp.Combine("brief\0.yaml"), .. out_];
            case "nul-in-manifest":
                return ["--manifest", _temp.Combine("agents\0"), .. out_];
            case "nul-in-out":
                return ["--out", outDirectory + "\0x"];
            case "directory-as-brief":
                return ["--brief", _temp.Path, .. out_];
            case "fifo-as-brief":
                if (OperatingSystem.IsWindows())
                {
                    return ["--brief", _temp.Path, .. out_];
                }

                var fifo = _temp.Combine("brief.fifo");
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
                {
                    mkfifo.WaitForExit();
                }

                return ["--brief", fifo, .. out_];
            case "sparse-1gb-brief":
                var big = _temp.Combine("big.yaml");
                using (var stream = File.Create(big))
                {
                    stream.SetLength(1L << 30);
                }

                return ["--brief", big, .. out_];
            case "symlink-outside-as-brief":
                var link = _temp.Combine("brief.yaml");
                File.CreateSymbolicLink(link, "/etc/passwd");
                return ["--brief", link, .. out_];
            case "very-long-brief-path":
                return ["--brief", _temp.Combine(new string('a', 5000) + ".yaml"), .. out_];
            case "escape-in-run-id":
                return ["--run-id", "run\u001b[31m", .. out_];
            case "newline-in-run-id":
                return ["--run-id", "run\nforged line", .. out_];
            case "empty-run-id":
                return ["--run-id", "", .. out_];
            case "unknown-provider":
                return ["--provider", "gpt\u0007", .. out_];
            case "empty-log-file":
                return ["--log-file", "", .. out_];
            case "nul-in-log-file":
                return ["--log-file", _temp.Combine("run\0.clef"), .. out_];
            case "directory-as-log-file":
                return ["--log-file", _temp.Path, .. out_];
            case "log-file-under-a-file":
                var file = _temp.Combine("plain.txt");
                File.WriteAllText(file, "a file, not a folder");
                return ["--log-file", Path.Combine(file, "run.clef"), .. out_];
            case "empty-brief":
                return ["--brief", "", .. out_];
            case "blank-manifest":
                return ["--manifest", " ", .. out_];
            case "empty-overlay":
                return ["--overlay", "", .. out_];
            case "nul-in-overlay":
                return ["--overlay", _temp.Combine("lenient\0.yaml"), .. out_];
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such case");
        }
    }
}
