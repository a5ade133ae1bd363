using System.Text.RegularExpressions;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A step no actor decided (a work accepted with a caveat, an integration recorded, a chain step
/// skipped) has its own step number in the journal, so the live view shows it: the numbers it prints
/// have no gaps, and the reader sees what happened at that step.
/// </summary>
public sealed class SystemEventViewTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void OnSystemEvent_PrintsItsStepAsSystemWithActionOutcomeAndReasonNeutralised()
    {
        var console = new TestConsole();
        var observer = new LiveConsoleObserver(console.Console);

        observer.OnStep("0082-x", "kael", "resolve_escalation", []);
        observer.OnSystemEvent("0083-accept_with_caveat", "accept_with_caveat", "accepted", "90-Day Plan goes on\nwith [red]a caveat[/]");

        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("0083 system        accept_with_caveat (accepted): 90-Day Plan goes on with [red]a caveat[/]", lines[1].TrimEnd());
    }

    [Fact]
    public async Task Run_ParallelProtocol_EveryStepOfTheJournalIsPrintedWithoutGaps()
    {
        // The parallel protocol records its integration as a system step.
        var result = await CliRunner.RunAsync(["run", "--out", _temp.Combine("out"), "--protocol", "parallel"]);

        Assert.Equal(0, result.ExitCode);
        var numbers = Regex.Matches(result.Output, @"^(\d{4}) ", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Matches(new Regex(@"^\d{4} system +integration \(integrated\): \w+ read \d+ workstreams in turn ", RegexOptions.Multiline), result.Output);
    }
}
