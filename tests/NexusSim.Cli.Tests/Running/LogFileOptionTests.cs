using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`run --log-file PATH`: PATH's folder is created when missing, and the log goes into PATH.</summary>
public sealed class LogFileOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_LogFileInAMissingFolder_CreatesTheFolderAndLogsIntoIt()
    {
        var log = _temp.Combine(Path.Combine("logs", "today", "run.clef"));

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", Paths.FiveAgentFirm, "--log-file", log);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(File.ReadLines(log), l => l.Contains("\"EventId\":{\"Id\":1100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_GateVerdictWithOneIssue_LogsItInTheSingular()
    {
        var log = _temp.Combine("run.clef");

        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--log-file", log);

        Assert.True(result.ExitCode == 0, result.Output);
        var verdicts = File.ReadLines(log).Where(l => l.Contains("\"EventId\":{\"Id\":1101", StringComparison.Ordinal)).ToList();
        // seed 42: g3 finds one missing section. The count stays a number, for whoever reads the structured log.
        Assert.Contains(verdicts, l => l.Contains("\"IssueCount\":1,", StringComparison.Ordinal) && l.Contains("\"IssueWord\":\"issue\"", StringComparison.Ordinal));
        Assert.Contains(verdicts, l => l.Contains("\"IssueCount\":0,", StringComparison.Ordinal) && l.Contains("\"IssueWord\":\"issues\"", StringComparison.Ordinal));
        Assert.Contains(File.ReadLines(log), l => l.Contains("\"ActionCount\":1,", StringComparison.Ordinal) && l.Contains("\"ActionWord\":\"action\"", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadLines(log), l => l.Contains("\"IssueCount\":1,", StringComparison.Ordinal) && l.Contains("\"IssueWord\":\"issues\"", StringComparison.Ordinal));
    }
}
