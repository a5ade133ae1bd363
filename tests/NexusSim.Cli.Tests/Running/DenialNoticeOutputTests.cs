using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Reporting;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A denied action escalated as a notice needs no decision: the notices are listed together, once each, and never
/// presented as escalations with options and a decision to take.
/// </summary>
public sealed class DenialNoticeOutputTests(ReportRunsFixture runs) : IClassFixture<ReportRunsFixture>
{
    [Fact]
    public void Run_WithFaults_WritesNoReportPerNoticeAndListsEachNoticeOnceInOneFile()
    {
        var run = runs.FaultsRun;
        var notices = run.Summary.GetProperty("escalation_outcomes").GetProperty("denial_notices").GetInt64();
        var folder = Path.Combine(run.Directory, "escalations");

        var list = File.ReadAllText(Path.Combine(folder, DenialNoticesMarkdown.FileName));

        Assert.True(notices > 0, "the chaos profile should provoke denials escalated as notices");
        Assert.Equal(run.Number("escalations") - notices, Directory.GetFiles(folder, "esc-*.md").Length);
        Assert.Equal(notices, Regex.Matches(list, @"^- esc-\d{3}: ", RegexOptions.Multiline).Count);
        Assert.DoesNotContain("## Options", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithFaults_ReportListsTheNoticesInOneTableAndOffersThemNoOptions()
    {
        var run = runs.FaultsRun;
        var notices = run.Summary.GetProperty("escalation_outcomes").GetProperty("denial_notices").GetInt64();
        var html = File.ReadAllText(Path.Combine(run.Directory, "report.html"));

        var table = Regex.Match(html, "<table class=\"notices\">.*?</table>", RegexOptions.Singleline).Value;

        Assert.Equal(notices, Regex.Matches(table, "<tr><td>esc-").Count);
        Assert.Equal(run.Number("escalations") - notices, Regex.Matches(html, "<div class=\"escalation\" id=\"esc-\\d{3}\">").Count);
        Assert.DoesNotContain("A notice of a denied action", html, StringComparison.Ordinal);
    }
}
