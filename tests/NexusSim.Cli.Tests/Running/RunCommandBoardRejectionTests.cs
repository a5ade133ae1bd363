using System.Text.RegularExpressions;
using NexusSim.Cli.Documents;
using NexusSim.Cli.Tests.Reporting;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A deliverable the human rejects to its approval gate's cap, escalated, accepted with a caveat and rejected once
/// more: every output tells that story, with the human's reason (escalation reports, caveats file, .docx, report.html, live view).
/// </summary>
public sealed class RunCommandBoardRejectionTests(BoardRejectionRunFixture fixture) : IClassFixture<BoardRejectionRunFixture>
{
    private const string Reason = BoardRejectionRunFixture.Reason;

    [Fact]
    public void Run_HumanRejectsToTheCap_TheEscalationReportCountsTheRejectionsEachWithTheHumansReason()
    {
        Assert.Equal(4, fixture.Result.ExitCode); // paused at the next deliverable, which the file does not decide
        var gate = fixture.ApprovalGate;
        var report = ApprovalEscalations().First();

        Assert.Contains($"failed {gate.Name} {gate.MaxAttempts} times, its cap of {gate.MaxAttempts}.", report, StringComparison.Ordinal);
        Assert.Contains($"gave the same reason in attempts 1, 2 and 3, so rework did not clear it: \"{Reason}\".", report, StringComparison.Ordinal);
        Assert.Equal(gate.MaxAttempts, Regex.Matches(report, $@"^- {gate.Id} attempt \d+ on v\d+ by \w+: rejected\n  - reason: {Regex.Escape(Reason)}$", RegexOptions.Multiline).Count);
        Assert.DoesNotContain("no written issues", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HumanRejectsAgainAfterTheCaveat_CaveatsFileSaysAcceptedThenRejectedWithTheReason()
    {
        var deliverable = Deliverable();
        var caveats = File.ReadAllText(CaveatsFile.PathBeside(Path.Combine(fixture.Run.Directory, deliverable.GetProperty("file").GetString()!)));

        Assert.Equal("rejected", deliverable.GetProperty("status").GetString());
        Assert.StartsWith($"# {deliverable.GetProperty("name").GetString()}: accepted with caveats, then rejected\n", caveats.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($" then rejected it: {Reason}. It was not released to the client.", caveats, StringComparison.Ordinal);
        Assert.DoesNotContain("approved text", caveats, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HumanRejectsAgainAfterTheCaveat_DocxTitlePageListsTheCaveatsUnderAcceptedThenRejected()
    {
        var deliverable = Deliverable();
        var docx = Path.ChangeExtension(Path.Combine(fixture.Run.Directory, deliverable.GetProperty("file").GetString()!), ".docx");

        var listed = CaveatFilesTests.DocxCaveats(docx, CaveatsFile.RejectedHeading);

        Assert.Equal(deliverable.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!), listed);
    }

    [Fact]
    public void Run_HumanRejectsAgainAfterTheCaveat_ReportAndLiveViewSayItStoppedUnreleased()
    {
        var deliverable = Deliverable();
        var html = File.ReadAllText(Path.Combine(fixture.Run.Directory, "report.html"));
        var start = html.IndexOf($"id=\"d-{fixture.Rejected}\"", StringComparison.Ordinal);
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];

        Assert.Contains($"<div class=\"caveats\"><p><b>{CaveatsFile.RejectedHeading}</b></p>", section, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"^\d{{4}} system +approval \(stopped\): {Regex.Escape(deliverable.GetProperty("name").GetString()!)} stops unreleased: \w+ rejected version \d+ again after esc-\d{{3}} accepted it with a caveat\.$", RegexOptions.Multiline), fixture.Result.Output.ReplaceLineEndings("\n"));
    }

    private System.Text.Json.JsonElement Deliverable() =>
        fixture.Run.Summary.GetProperty("deliverables").EnumerateArray().Single(d => d.GetProperty("id").GetString() == fixture.Rejected);

    // The reports of the escalations raised at the rejected deliverable's approval gate, in order.
    private IEnumerable<string> ApprovalEscalations() =>
        Deliverable().GetProperty("escalations").EnumerateArray()
            .Select(id => File.ReadAllText(Path.Combine(fixture.Run.Directory, "escalations", id.GetString() + ".md")).ReplaceLineEndings("\n"))
            .Where(text => text.Contains($"- Gate: {fixture.ApprovalGate.Id}\n", StringComparison.Ordinal));
}
