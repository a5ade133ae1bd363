using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

public sealed class ReportCommandTests : IClassFixture<ReportRunsFixture>
{
    private readonly ReportRunsFixture _runs;

    public ReportCommandTests(ReportRunsFixture runs) => _runs = runs;

    [Theory]
    [InlineData("default")]
    [InlineData("five-agent")]
    public void Run_AnyFirm_WritesAReportShowingEveryDeliverableAndItsGateRecord(string firm)
    {
        var run = _runs.Run(firm);
        var html = File.ReadAllText(Path.Combine(run.Directory, "report.html"));

        var deliverables = run.Summary.GetProperty("deliverables").EnumerateArray().ToList();
        Assert.NotEmpty(deliverables);
        foreach (var deliverable in deliverables)
        {
            Assert.Contains($"id=\"d-{deliverable.GetProperty("id").GetString()}\"", html, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(deliverable.GetProperty("name").GetString()!), html, StringComparison.Ordinal);
        }

        var withVerdicts = deliverables.Count(d => d.GetProperty("gate_verdicts").GetInt32() > 0);
        Assert.Equal(withVerdicts, Regex.Matches(html, "<table class=\"gate-record\">").Count);
        var withCaveats = deliverables.Count(d => d.GetProperty("caveats").GetArrayLength() > 0);
        Assert.Equal(withCaveats, Regex.Matches(html, "<div class=\"caveats\">").Count);
        Assert.Contains("<svg class=\"org\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithFaults_ReportsEveryDenialWithItsRuleAndEveryEscalation()
    {
        var run = _runs.FaultsRun;
        var html = File.ReadAllText(Path.Combine(run.Directory, "report.html"));

        Assert.True(run.Number("denied_actions") > 0, "the chaos profile should provoke denials");
        var denials = Regex.Match(html, "<table class=\"denials\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(run.Number("denied_actions"), Regex.Matches(denials, "<tr><td>").Count);
        Assert.Contains($"<h2>Escalations ({run.Number("escalations")})</h2>", html, StringComparison.Ordinal);
        var notices = run.Summary.GetProperty("escalation_outcomes").GetProperty("denial_notices").GetInt64();
        Assert.Equal(run.Number("escalations"), Regex.Matches(html, "<div class=\"escalation\" id=\"esc-\\d{3}\">").Count + notices);
    }

    [Fact]
    public void Run_WithEscalations_DecisionTableCountsEachDecisionOnceUnderItsAction()
    {
        var run = _runs.EscalatedRun;
        var html = File.ReadAllText(Path.Combine(run.Directory, "report.html"));
        var escalations = (int)run.Number("escalations");

        // Each escalate and resolve_escalation has a detail entry in the audit beside it; the table counts the action once.
        var table = Regex.Match(html, "<table class=\"decisions\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.True(escalations > 1, "the run escalated too little to count.");
        var counted = Regex.Matches(table, @"\bescalate ×(\d+)").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var resolved = Regex.Matches(table, @"\bresolve_escalation ×(\d+)").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(escalations, counted);
        Assert.Equal(escalations, resolved);
        Assert.DoesNotContain("escalation_decision", table, StringComparison.Ordinal);
        Assert.DoesNotContain("escalation_report", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithEscalations_TheEscalationDecisionSaysWhatItDoesInTheReportAndItsFile()
    {
        var run = _runs.EscalatedRun;
        var decision = Regex.Match(File.ReadAllText(Path.Combine(run.Directory, "report.html")), "<p class=\"decision\">.*?</p>").Value;
        var file = File.ReadAllText(Path.Combine(run.Directory, "escalations", "esc-001.md"));

        // The stub manager asks for one more round of the same work the first time: it names the option that says so.
        Assert.Contains("chose <b>revise</b>, so ", decision, StringComparison.Ordinal);
        Assert.Contains("chose **revise**, so ", file, StringComparison.Ordinal);
        Assert.Contains("gets 1 more attempt before it escalates again.", file, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<NexusSim.Core.Manifest.EscalationOutcome>(), name => Assert.DoesNotContain(name, decision + file, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Default_WritesASelfContainedReportWithNoScriptAndNoExternalResource()
    {
        var html = File.ReadAllText(Path.Combine(_runs.DefaultRun.Directory, "report.html"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("href=\"(?!#)", html);
    }

    [Fact]
    public async Task Report_RunFolder_RebuildsTheSameReportTheRunWrote()
    {
        using var copy = new TempDirectory();
        var folder = CopyRun(_runs.DefaultRun.Directory, copy.Path);
        var path = Path.Combine(folder, "report.html");
        var written = await File.ReadAllTextAsync(path);
        File.Delete(path);

        var result = await CliRunner.RunAsync("report", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(written, await File.ReadAllTextAsync(path));
        Assert.False(File.Exists(Path.Combine(folder, "run.db-wal")), "the report must leave no WAL file beside run.db");
    }

    [Fact]
    public async Task Report_RunIdUnderOut_FindsTheRun()
    {
        var result = await CliRunner.RunAsync("report", _runs.DefaultRun.RunId, "--out", _runs.DefaultOut);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("report.html", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_RunIdUnderDashO_FindsTheRun()
    {
        var result = await CliRunner.RunAsync("report", _runs.DefaultRun.RunId, "-o", _runs.DefaultOut);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("report.html", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownRun_ExitsTwoNamingTheRun()
    {
        using var empty = new TempDirectory();

        var result = await CliRunner.RunAsync("report", "run-doesnotexist", "--out", empty.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run-doesnotexist", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_RunWithoutItsFactsStep_ExitsTwoSayingWhy()
    {
        using var copy = new TempDirectory();
        var folder = CopyRun(_runs.DefaultRun.Directory, copy.Path);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "run.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM steps WHERE kind = 'run-facts';";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var result = await CliRunner.RunAsync("report", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run-facts", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    private static string CopyRun(string source, string target)
    {
        var folder = Path.Combine(target, Path.GetFileName(source));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return folder;
    }
}
