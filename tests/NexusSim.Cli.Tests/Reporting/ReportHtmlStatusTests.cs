using NexusSim.Cli.Reporting;
using NexusSim.Core.Journal;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>What the report's header and brief say about a run that did not finish.</summary>
public sealed class ReportHtmlStatusTests
{
    [Fact]
    public void Render_ProviderFailedBeforeIntake_SaysWhoseCallFailedAndWhyAndClaimsNoDecline()
    {
        AuditFact[] audit =
        [
            new(1, "t", "veda", "model_call", "retried", "Attempt 1 failed transiently.", null),
            new(2, "t", "veda", "model_call", "failed", "The model could not be reached after 1 retry: <refused>", null),
        ];

        var html = ReportHtml.Render(Model("provider_failed", audit));

        Assert.Contains("The run stopped when Veda's model call failed: The model could not be reached after 1 retry: &lt;refused&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("declined", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nobody yet (the run stopped before intake ended)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Declined_SaysSoAndNamesNoFailure()
    {
        var html = ReportHtml.Render(Model("declined", [new(1, "t", "veda", "model_call", "failed", "an earlier failure", null)]));

        Assert.Contains("nobody (declined)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The run stopped when", html, StringComparison.Ordinal);
    }

    private static RunReadModel Model(string status, AuditFact[] audit)
    {
        var facts = new RunFacts(
            "Firm",
            "Line",
            null,
            null,
            new BriefFacts("Client", "Industry", "Region", 10, "Situation", "Pilot", [], 1m),
            [new ActorFacts("veda", "Veda", "Strategist", false, "m", null)],
            new Dictionary<string, string>(),
            [],
            [],
            [],
            new Dictionary<string, ModelPrice>());
        return new RunReadModel("run", status, 1, "chain", "line", facts, [], Array.Empty<ArtifactRecord>(), audit);
    }
}
