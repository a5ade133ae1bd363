using NexusSim.Cli.Reporting;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Journal;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Tests.Reporting;

public sealed class ReportHtmlEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    [Fact]
    public void Render_HostileTextInBriefModelOutputAndNames_EscapesEveryPieceOfIt()
    {
        var html = ReportHtml.Render(HostileModel());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>boss</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compute_OneLineChanged_ReportsTheRemovedAndTheAddedLine()
    {
        var changes = LineDiff.Compute("a\nb\nc", "a\nB\nc");

        Assert.Equal([new LineDiff.Change('-', "b"), new LineDiff.Change('+', "B")], changes);
    }

    [Fact]
    public void Compute_SameText_ReportsNoChange()
    {
        Assert.Empty(LineDiff.Compute("a\nb", "a\nb"));
    }

    private static RunReadModel HostileModel()
    {
        var issue = new GateIssue(null, $"</td>{Script}", Image);
        var verdict = new GateVerdictRecord("g", 1, "h1", "<b>boss</b>", GateVerdict.NeedsWork, Script, [issue]);
        var deliverable = new DeliverableFacts("d", $"Report {Script}", "released", [new VersionFacts(1, "h1", "a", Script), new VersionFacts(2, "h2", "a", Image)], [verdict], new ApprovalRecord("human", "h2", true, Script), "h2");
        var facts = new RunFacts(
            $"Firm {Script}",
            "Line",
            "a",
            1m,
            new BriefFacts($"Client {Script}", Image, "r", 1, Script, Image, [Script], 1m),
            [new ActorFacts("a", "<b>boss</b>", Script, false, "m", null), new ActorFacts("human", Image, "t", true, null, "a")],
            new Dictionary<string, string> { ["g"] = Script },
            [deliverable],
            [new DeniedAction("a", Script, Image, Script, "t1")],
            [new EscalationRecord("a", "human", Script, Image, [Script], Image, [Script])],
            new Dictionary<string, ModelPrice> { ["m"] = new() { InputPerMillionUsd = 1, OutputPerMillionUsd = 1 } });
        var turn = new TurnStepResult { Turn = Script, Actor = "a", Task = Image, Lane = Script, StartedAt = DateTimeOffset.UnixEpoch, EndedAt = DateTimeOffset.UnixEpoch.AddMinutes(1), PromptTokens = 10 };
        ArtifactRecord[] artifacts =
        [
            new("r", "x1", "d", 1, "h1", $"# T\n\n{Script}\n\n{Image}\n", "text/markdown"),
            new("r", "x2", "d", 2, "h2", $"# T\n\n| a | b |\n|---|---|\n| {Image} | [x](javascript:alert(3)) ![p](http://example.test/p.png) |\n", "text/markdown"),
        ];
        AuditFact[] audit = [new(1, "t", "human", "approve", "executed", Script, Script)];
        return new RunReadModel("run", "completed", 1, "chain", "line", facts, [turn], artifacts, audit);
    }
}
