using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// Authority in record-only mode (a governance variant's control): what the filter would deny is
/// counted as would-be-denied, audited, and runs, counted as executed without authorization. When
/// enforcing, the same call is denied and nothing runs.
/// </summary>
public sealed class RecordOnlyAuthorityTests
{
    [Theory]
    [InlineData(AuthorityMode.Enforce)]
    [InlineData(AuthorityMode.RecordOnly)]
    public async Task Invoke_UngrantedAssign_EnforceDeniesRecordOnlyCountsAndRuns(AuthorityMode mode)
    {
        var shipped = RepoFiles.ShippedManifest;
        var manifest = shipped with { AuthorityMode = mode };
        var harness = new EngagementHarness(manifest);
        var outsider = manifest.Actors.First(a => !a.IsHuman && !manifest.Grants.Any(g => g.Action == ActionIds.AssignTask && g.Actors.Contains(a.Id))).Id;
        var deliverable = harness.State.Deliverables[0];
        var recorder = harness.NewRecorder();

        var outcome = await harness.InvokeAsync(outsider, ActionIds.AssignTask, new()
        {
            [ActionArgs.Assignee] = deliverable.Type.Author,
            [ActionArgs.DeliverableId] = deliverable.Id,
            [ActionArgs.Task] = "draft",
            [ActionArgs.Reason] = "test",
        }, recorder);

        var record = mode == AuthorityMode.RecordOnly;
        Assert.Equal(record, outcome.Executed);
        Assert.Equal(record ? 1 : 0, harness.Metrics.WouldBeDenied);
        Assert.Equal(record ? 1 : 0, harness.Metrics.UnauthorizedExecuted);
        Assert.Equal(record ? 0 : 1, harness.Metrics.DeniedActions);
        var outcomes = recorder.Events.Where(e => e.Action == ActionIds.AssignTask).Select(e => e.Outcome).ToList();
        Assert.Equal(record ? ["would_be_denied", "executed"] : ["denied"], outcomes);
    }
}
