using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>The verdict the deterministic checks record says how many issues they found, the noun in the right number.</summary>
public sealed class GateJudgeCheckTextTests
{
    [Theory]
    [InlineData("# Market scan: Acme\n\n## Summary\nThree rivals [S1].\n\n## Sources\n- [S1] Client interview.\n", 1, "found 1 issue.")]
    [InlineData("# Market scan: Acme\n\n## Sources\n- [S1] Client interview.\n", 2, "found 2 issues.")]
    public async Task RunAsync_ChecksFindIssues_TheEvidenceCountsThemInWords(string draft, int count, string said)
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => [Scripts.Submit(turn, GoodScan)];
        var run = flow.Start(Scan, draft);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var first = flow.Deliverable(Scan).Verdicts[0];
        Assert.Equal(GateVerdict.NeedsWork, first.Verdict);
        Assert.Equal(count, first.Issues.Count);
        Assert.EndsWith(") " + said, first.Evidence, StringComparison.Ordinal);
    }
}
