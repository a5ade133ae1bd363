using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>The stub behaves like a model on the real path: deterministic, seed-sensitive, and never able to act beyond its authority.</summary>
public sealed class StubEngagementTests
{
    [Fact]
    public async Task Engagement_SameSeed_SameDeliverables()
    {
        var (first, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions());
        var (second, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions());

        Assert.Equal(Hashes(first), Hashes(second));
        Assert.All(first.State.Deliverables, d => Assert.Equal(DeliverableStatus.Released, d.Status));
    }

    [Fact]
    public async Task Engagement_Reworks_SummariesCountTheirIssuesInWords()
    {
        var (harness, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions());

        var reworks = harness.State.Deliverables.SelectMany(d => d.Versions).Select(v => v.Summary).Where(s => s.StartsWith("Rework addressing", StringComparison.Ordinal)).ToList();

        Assert.Contains(reworks, s => s == "Rework addressing 1 issue from review.");
        Assert.All(reworks, s => Assert.Matches(@"^Rework addressing (1 issue|\d+ issues) from review\.$", s));
    }

    [Fact]
    public async Task Engagement_AnotherSeed_OtherContent()
    {
        var (first, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions());
        var (other, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 43, new StubOptions());

        Assert.NotEqual(Hashes(first), Hashes(other));
    }

    [Fact]
    public async Task Engagement_EveryFaultAlways_NothingUnauthorizedExecutesAndEveryDenialIsAudited()
    {
        var faults = new FaultProfile { TransientError = 1, MalformedArguments = 1, UnknownTool = 1, UnauthorizedAttempt = 1, InjectionObedience = 1 };
        var brief = BriefLoader.LoadFile(Path.Combine(RepoFiles.RootPath, "tests", "fixtures", "briefs", "injection.yaml")).Brief;

        var (harness, journal) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 7, new StubOptions { Faults = faults }, brief);

        var audit = await journal.ReadAuditAsync(harness.State.RunId, CancellationToken.None);
        Assert.Equal(0, harness.Metrics.UnauthorizedExecuted);
        Assert.True(harness.Metrics.DeniedActions > 0);
        Assert.Equal(harness.Metrics.DeniedActions, audit.Count(e => e.Outcome == "denied" && e.Reason.Length > 0));
        Assert.Contains(audit, e => e.Action == "unknown_tool");
        Assert.Contains(audit, e => e.Outcome == "invalid_arguments");
        Assert.Contains(audit, e => e.Action == ActionIds.ReleaseToClient && e.Outcome == "denied");
        Assert.All(harness.State.Deliverables.Where(d => d.ReleasedHash is not null), d => Assert.Equal(d.Approval!.VersionHash, d.ReleasedHash));
    }

    [Fact]
    public async Task Engagement_FiveAgentFirm_RunsOnTheStub()
    {
        var (harness, _) = await StubEngagement.RunAsync(RepoFiles.FiveAgentFirm, 42, new StubOptions());

        Assert.NotNull(harness.State.AcceptedBy);
        Assert.All(harness.State.Deliverables, d => Assert.NotEmpty(d.Versions));
    }

    private static List<string?> Hashes(EngagementHarness harness) => [.. harness.State.Deliverables.Select(d => d.Current?.ContentHash)];
}
