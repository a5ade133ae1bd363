using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Authority;

/// <summary>
/// Every (actor × declared action) cell of both firms, invoked through the actor's kernel and so
/// through the authority filter. The expectation comes from the manifest (the authority matrix),
/// so a changed manifest changes the test.
/// </summary>
public sealed class AuthorityMatrixThroughFilterTests
{
    private static readonly string[] GrantRules = [PolicyRuleIds.NoGrant, PolicyRuleIds.ExternalNeedsHuman, PolicyRuleIds.UnknownActor, PolicyRuleIds.UndeclaredAction];

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var firm in new[] { "shipped", "five" })
        {
            foreach (var cell in AuthorityMatrix.Compute(LoadedFirms.ByName(firm)))
            {
                data.Add(firm, cell.ActorId, cell.Action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Invoke_EveryCell_FilterAgreesWithTheManifestsGrants(string firm, string actor, string action)
    {
        var harness = new Harness(LoadedFirms.ByName(firm));
        var cell = AuthorityMatrix.Compute(harness.Manifest).Single(c => c.ActorId == actor && c.Action == action);
        var deniedBefore = harness.Metrics.DeniedActions;

        var (outcome, recorder) = await harness.ActAsync(actor, action, ArgumentsFor(harness, action));

        if (!cell.CanAct)
        {
            Assert.False(outcome.Executed);
            Assert.StartsWith(AuthorityFilter.DeniedPrefix, outcome.Result, StringComparison.Ordinal);
            Assert.Contains(outcome.RuleId, GrantRules.Append(PolicyRuleIds.DomainOwnerOnly));
            Assert.Contains(recorder.Events, e => e.Actor == actor && e.Action == action && e.Outcome == "denied" && e.Reason.Length > 0);
            Assert.Contains(harness.State.Denials, d => d.Actor == actor && d.Action == action);
            Assert.Equal(deniedBefore + 1, harness.Metrics.DeniedActions);
            Assert.DoesNotContain(recorder.Events, e => e.Outcome == "executed");
        }
        else
        {
            // Granted: it runs, or a rule other than the grant (state, separation, limits) or bad arguments stop it.
            Assert.True(outcome.Executed || !GrantRules.Contains(outcome.RuleId), $"{actor} is granted {action} but was refused: {outcome.Result}");
        }
    }

    [Fact]
    public async Task Invoke_GrantedActionWithoutPreconditions_Executes()
    {
        var harness = new Harness(LoadedFirms.Shipped);
        var cell = AuthorityMatrix.Compute(harness.Manifest).First(c => c.Action == Core.Manifest.ActionIds.AcceptEngagement && c.CanAct);

        var (outcome, _) = await harness.ActAsync(cell.ActorId, cell.Action, ArgumentsFor(harness, cell.Action));

        Assert.True(outcome.Executed, outcome.Result);
        Assert.Equal(cell.ActorId, harness.State.AcceptedBy);
    }

    internal static Dictionary<string, object?> ArgumentsFor(Harness harness, string action)
    {
        var deliverable = harness.FirstDeliverable;
        var glossary = harness.Manifest.Glossary.FirstOrDefault();
        return new Dictionary<string, object?>
        {
            [ActionArgs.ServiceLine] = harness.State.ServiceLine.Id,
            [ActionArgs.AmountUsd] = harness.Brief.BudgetUsd,
            [ActionArgs.Reason] = "test",
            [ActionArgs.Assignee] = deliverable.Type.Author,
            [ActionArgs.DeliverableId] = deliverable.Id,
            [ActionArgs.Task] = "draft",
            [ActionArgs.Content] = "## Sources\n- [S1] test\n",
            [ActionArgs.Summary] = "test",
            [ActionArgs.Subject] = deliverable.Id,
            [ActionArgs.Term] = glossary?.Term ?? "term",
            [ActionArgs.Definition] = "test definition",
            [ActionArgs.Domain] = glossary?.Domain ?? harness.Manifest.Domains[0].Id,
            [ActionArgs.Risk] = "low",
        };
    }
}
