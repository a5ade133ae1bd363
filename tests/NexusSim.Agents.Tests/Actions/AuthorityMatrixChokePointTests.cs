using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// Every (actor x declared action) cell of the shipped firm and of the five-agent sample, invoked
/// through the real choke point (KernelActionInvoker: kernel.InvokeAsync and the authority filter).
/// The expectation comes from the manifest's authority matrix, so a changed manifest changes the test.
/// </summary>
public sealed class AuthorityMatrixChokePointTests
{
    public static TheoryData<string, string, string> ShippedCells => MatrixScenario.Cells(Firms.Shipped);

    public static TheoryData<string, string, string> FiveAgentCells => MatrixScenario.Cells(Firms.FiveAgents);

    public static TheoryData<string, string, string> AllowedCells => Join(MatrixScenario.Cells(Firms.Shipped, canAct: true), MatrixScenario.Cells(Firms.FiveAgents, canAct: true));

    public static TheoryData<string, string, string> DeniedCells => Join(MatrixScenario.Cells(Firms.Shipped, canAct: false), MatrixScenario.Cells(Firms.FiveAgents, canAct: false));

    [Theory]
    [MemberData(nameof(ShippedCells))]
    [MemberData(nameof(FiveAgentCells))]
    public async Task InvokeAsync_EveryMatrixCell_AllowedExactlyWhenTheMatrixGrantsIt(string firm, string actorId, string action)
    {
        var scenario = MatrixScenario.For(firm, actorId, action);
        var engagement = scenario.Engagement(out var hash);
        var recorder = engagement.NewRecorder();

        var outcome = await engagement.InvokeAsync(actorId, action, scenario.Arguments(hash), recorder);

        Assert.Equal(scenario.Cell.CanAct, outcome.Executed);
        Assert.Equal(scenario.Cell.CanAct, !outcome.Result.StartsWith(AuthorityFilter.DeniedPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllowedCells))]
    public async Task InvokeAsync_AllowedCell_ExecutesAndAuditsTheBody(string firm, string actorId, string action)
    {
        var scenario = MatrixScenario.For(firm, actorId, action);
        var engagement = scenario.Engagement(out var hash);
        var recorder = engagement.NewRecorder();

        var outcome = await engagement.InvokeAsync(actorId, action, scenario.Arguments(hash), recorder);

        Assert.True(outcome.Executed, outcome.Result);
        Assert.DoesNotContain(recorder.Events, e => e.Outcome != "executed");
        Assert.Contains(recorder.Events, e => e.Actor == actorId && e.Action == action && e.Outcome == "executed");
        Assert.Empty(engagement.State.Denials);
        Assert.Equal(0, engagement.Metrics.DeniedActions);
    }

    [Theory]
    [MemberData(nameof(DeniedCells))]
    public async Task InvokeAsync_DeniedCell_RefusesAuditsCountsAndChangesNothing(string firm, string actorId, string action)
    {
        var scenario = MatrixScenario.For(firm, actorId, action);
        var engagement = scenario.Engagement(out var hash);
        var recorder = engagement.NewRecorder();
        var before = StateFingerprint.Of(engagement.State);

        var outcome = await engagement.InvokeAsync(actorId, action, scenario.Arguments(hash), recorder);

        Assert.False(outcome.Executed);
        Assert.StartsWith(AuthorityFilter.DeniedPrefix, outcome.Result, StringComparison.Ordinal);
        var denial = Assert.Single(engagement.State.Denials);
        Assert.Equal((actorId, action), (denial.Actor, denial.Action));
        var audited = Assert.Single(recorder.Events, e => e.Outcome == "denied");
        Assert.Equal((actorId, action, denial.Reason), (audited.Actor, audited.Action, audited.Reason));
        Assert.False(string.IsNullOrWhiteSpace(audited.Reason));
        Assert.DoesNotContain(recorder.Events, e => e.Outcome == "executed");
        Assert.Equal(1, engagement.Metrics.DeniedActions);
        Assert.Equal(0, engagement.Metrics.UnauthorizedExecuted);
        Assert.Equal(before, StateFingerprint.Of(engagement.State));
    }

    [Fact]
    public void Cells_BothFirms_HaveAllowedAndDeniedCells()
    {
        Assert.NotEmpty(AllowedCells);
        Assert.NotEmpty(DeniedCells);
        Assert.Equal(ShippedCells.Count + FiveAgentCells.Count, AllowedCells.Count + DeniedCells.Count);
    }

    private static TheoryData<string, string, string> Join(TheoryData<string, string, string> first, TheoryData<string, string, string> second)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in first.Concat(second))
        {
            data.Add((string)row[0], (string)row[1], (string)row[2]);
        }

        return data;
    }
}
