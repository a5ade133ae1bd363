using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>The escalation report's reason and attempt history count in words: "once", "3 times", "1 issue", "2 issues".</summary>
public sealed class EscalationReportBuilderTests
{
    [Theory]
    [InlineData(0, "no written issue")]
    [InlineData(1, "1 issue: Unsourced figure")]
    [InlineData(2, "2 issues; the first: Unsourced figure")]
    public void Build_ReviewGateVerdict_CountsItsIssuesInWords(int issues, string expected)
    {
        using var flow = new FlowHarness();
        flow.Start(Scan, GoodScan);
        var written = string.Concat(new[] { "- [evidence] Unsourced figure: \"18%\"\n", "- [evidence] Unsourced figure: \"26\"\n" }.Take(issues));
        flow.Act("editor", ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"), (ActionArgs.Verdict, "needs_work"), (ActionArgs.Issues, written));

        var report = EscalationReportBuilder.Build(flow.State, flow.Deliverable(Scan), flow.Manifest.Gate("fact_check"), "analyst", 3);

        Assert.Equal("Market scan failed Fact check once, its cap of 3.", report.Reason);
        Assert.EndsWith($": needs work by editor ({expected})", Assert.Single(report.AttemptHistory), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "Market scan failed Fact check once, its cap of 3.")]
    [InlineData(6, "Market scan failed Fact check once, its cap of 6: 3 attempts and 1 more round of 3 that earlier decisions granted.")]
    public void Build_CapRaisedByEarlierDecisions_SaysWhereTheCapComesFrom(int cap, string expected)
    {
        using var flow = new FlowHarness();
        flow.Start(Scan, GoodScan);
        flow.Act("editor", ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"), (ActionArgs.Verdict, "needs_work"));

        var report = EscalationReportBuilder.Build(flow.State, flow.Deliverable(Scan), flow.Manifest.Gate("fact_check"), "analyst", cap);

        Assert.Equal(expected, report.Reason);
    }
}
