using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Tests.Rendering;

/// <summary>The result line counts the escalations as summary.json does, and says how many of them are denial notices, which need no decision.</summary>
public sealed class RunBannerResultTests
{
    [Theory]
    [InlineData(1, 0, "  escalations 1  approvals ")]
    [InlineData(73, 73, "  escalations 73 (73 denial notices)  approvals ")]
    [InlineData(4, 1, "  escalations 4 (1 denial notice)  approvals ")]
    public void RenderResult_DenialNotices_AreCountedAmongTheEscalationsAndNamed(int escalations, int notices, string expected)
    {
        var console = new TestConsole();
        var summary = new RunSummary
        {
            RunId = "run-x", Status = "completed", Firm = "F", Client = "C", Seed = 1, Protocol = "chain", Provider = "stub",
            Approver = "approve-all", ServiceLine = "s", ManifestHash = "m", BriefHash = "b", Deliverables = [],
            Escalations = escalations,
            EscalationOutcomes = new EscalationTally { Raised = escalations, DenialNotices = notices },
        };

        RunBanner.RenderResult(console.Console, new EngagementResult("/tmp/none", summary, 0));

        Assert.Contains(expected, console.Output, StringComparison.Ordinal);
    }
}
