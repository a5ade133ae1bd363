using Microsoft.Extensions.DependencyInjection;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Audit;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Protocols;

/// <summary>
/// What every protocol keeps: one result type (the engagement's state, judged by RunOutcome), no
/// change to the engagement that did not pass the authority filter as an executed action, and the
/// run's turn budget.
/// </summary>
public sealed class ProtocolInvariantTests
{
    public static TheoryData<string, string> ProtocolsAndFirms()
    {
        var data = new TheoryData<string, string>();
        foreach (var protocol in Registered().Select(p => p.Name))
        {
            data.Add(protocol, Firms.Shipped);
            data.Add(protocol, Firms.FiveAgents);
        }

        return data;
    }

    public static TheoryData<string> ProtocolNames() => [.. Registered().Select(p => p.Name)];

    [Fact]
    public void AddNexusProtocols_Registered_FiveDistinctNamesEachKeyed()
    {
        using var services = new ServiceCollection().AddNexusProtocols().BuildServiceProvider();

        var all = services.GetServices<IProtocol>().ToList();

        Assert.Equal(["broadcast", "chain", "debate", "hierarchical", "parallel"], all.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(all, p => Assert.Same(p, services.GetRequiredKeyedService<IProtocol>(p.Name)));
    }

    [Theory]
    [MemberData(nameof(ProtocolsAndFirms))]
    public async Task Run_EachProtocolOnEachFirm_LacksNothingAndCompletes(string name, string firm)
    {
        var manifest = RepoFiles.Manifest(firm);
        var protocol = Protocol(name);
        Assert.Empty(protocol.Lacks(manifest));

        var engagement = await ProtocolEngagement.RunAsync(manifest, protocol);

        Assert.Equal(RunOutcome.Completed, RunOutcome.Of(engagement.Harness.State));
        Assert.All(engagement.Harness.State.Deliverables, d => Assert.True(d.Done, $"{d.Id} is {d.Status}"));
    }

    [Theory]
    [MemberData(nameof(ProtocolsAndFirms))]
    public async Task Run_EachProtocol_EveryVersionAndVerdictCameThroughAnExecutedAuditedAction(string name, string firm)
    {
        var engagement = await ProtocolEngagement.RunAsync(RepoFiles.Manifest(firm), Protocol(name));
        var audit = await engagement.AuditAsync();
        var state = engagement.Harness.State;

        Assert.Equal(state.Deliverables.Sum(d => d.Versions.Count), audit.Count(e => e.Action == ActionIds.SubmitDeliverable && e.Outcome == "executed" && e.Reason.StartsWith("Submitted", StringComparison.Ordinal)));
        Assert.Equal(state.Deliverables.Sum(d => d.Verdicts.Count), audit.Count(e => e.Action == ActionIds.RecordGateVerdict && e.Outcome == "executed"));
        Assert.Equal(state.Deliverables.Count(d => d.ReleasedHash is not null), audit.Count(e => e.Action == ActionIds.ReleaseToClient && e.Outcome == "executed"));
        Assert.Equal(0, engagement.Harness.Metrics.UnauthorizedExecuted);
    }

    // The shipped firm keeps every contributor from a verdict (no_self_review): under every protocol,
    // no verdict comes from an agent who submitted the deliverable before it (a new version, or the
    // same text back from an edit pass that changed nothing), and no one was asked and refused for it.
    // Read from the audit alone.
    [Theory]
    [MemberData(nameof(ProtocolNames))]
    public async Task Run_EachProtocolOnTheShippedFirm_NoVerdictFromAnyoneWhoWroteOrEditedIt(string name)
    {
        var engagement = await ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, Protocol(name));
        var audit = await engagement.AuditAsync();
        static string Of(AuditEntry e) => (e.Subject ?? string.Empty).Split('/')[0];

        var verdicts = audit.Where(e => e.Action == ActionIds.RecordGateVerdict && e.Outcome == "executed" && !engagement.Harness.Manifest.Actor(e.Actor).IsHuman).ToList();
        Assert.NotEmpty(verdicts);
        foreach (var verdict in verdicts)
        {
            var writers = audit.Where(e => e.Action == ActionIds.SubmitDeliverable && e.Outcome == "executed" && e.Sequence < verdict.Sequence && Of(e) == Of(verdict)).Select(e => e.Actor).ToList();
            Assert.NotEmpty(writers);
            Assert.DoesNotContain(verdict.Actor, writers);
        }

        Assert.DoesNotContain(audit, e => e.Action == ActionIds.RecordGateVerdict && e.Outcome != "executed");
    }

    [Theory]
    [MemberData(nameof(ProtocolNames))]
    public async Task Run_TurnBudgetOfSeven_StopsAtExactlySevenTurns(string name)
    {
        var engagement = await ProtocolEngagement.CreateAsync(RepoFiles.ShippedManifest, Protocol(name), limits: new ProtocolLimits(MaxTurns: 7));

        await Assert.ThrowsAsync<TurnLimitExceededException>(() => Protocol(name).RunAsync(engagement.Session, CancellationToken.None));

        Assert.Equal(7, engagement.Turns.Turns.Count);
    }

    [Theory]
    [MemberData(nameof(ProtocolNames))]
    public async Task Run_TwoEngagementsSideBySideOnOneInstance_SameAsEachAlone(string name)
    {
        var protocol = Protocol(name);
        var alone = await ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, protocol, seed: 5);

        var both = await Task.WhenAll(
            ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, protocol, seed: 5),
            ProtocolEngagement.RunAsync(RepoFiles.FiveAgentFirm, protocol, seed: 9));

        Assert.Equal(StateFingerprint.Of(alone.Harness.State), StateFingerprint.Of(both[0].Harness.State));
        Assert.Equal(alone.Harness.Clock.MakespanMinutes, both[0].Harness.Clock.MakespanMinutes);
        Assert.NotEqual(StateFingerprint.Of(both[0].Harness.State), StateFingerprint.Of(both[1].Harness.State));
    }

    [Theory]
    [MemberData(nameof(ProtocolNames))]
    public async Task Run_EachProtocol_TierTokensAddUpAndEveryHumanDecisionTookHumanTime(string name)
    {
        var engagement = await ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, Protocol(name));
        var audit = await engagement.AuditAsync();
        var parts = engagement.Session.Parts;

        var tiers = parts.Times.TokensByTier.Values;
        Assert.Equal(engagement.Harness.Metrics.PromptTokens, tiers.Sum(t => t.Prompt));
        Assert.Equal(engagement.Harness.Metrics.CompletionTokens, tiers.Sum(t => t.Completion));
        var humans = engagement.Harness.Manifest.Actors.Where(a => a.IsHuman).Select(a => a.Id).ToHashSet();
        var decisions = audit.Count(e => humans.Contains(e.Actor) && e.Outcome == "executed" && (e.Action == ActionIds.Approve || e.Action == ActionIds.Reject || e.Action == ActionIds.RecordGateVerdict || e.Action == ActionIds.ResolveEscalation));
        Assert.True(decisions > 0);
        Assert.Equal(decisions * parts.Humans.Capacity.ReviewMinutes, parts.Humans.HumanMinutes, 6);
        Assert.True(engagement.Harness.Clock.MakespanMinutes >= parts.Humans.HumanMinutes / engagement.Harness.Manifest.Actors.Count(a => a.IsHuman));
    }

    internal static IReadOnlyList<IProtocol> Registered() =>
        [.. new ServiceCollection().AddNexusProtocols().BuildServiceProvider().GetServices<IProtocol>()];

    internal static IProtocol Protocol(string name) => Registered().Single(p => p.Name == name);
}
