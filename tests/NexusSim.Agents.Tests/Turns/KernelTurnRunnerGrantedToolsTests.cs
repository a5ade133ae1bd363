using Microsoft.Extensions.AI;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>
/// The <c>tools=granted</c> variant: a turn is offered only the actions its actor's grants give it, and a
/// call to any other action is an unknown tool, audited and never run, however the model names it.
/// </summary>
public sealed class KernelTurnRunnerGrantedToolsTests
{
    private static readonly FirmManifest Granted = RepoFiles.ShippedManifest with { ToolScope = ToolScope.Granted };

    public static TheoryData<string> Agents => [.. RepoFiles.ShippedManifest.Agents.Select(a => a.Id)];

    [Theory]
    [MemberData(nameof(Agents))]
    public async Task RunAsync_ToolsGranted_OffersExactlyTheActorsGrantedActions(string actorId)
    {
        var model = new ScriptedChatClient();
        var engagement = new EngagementHarness(Granted, chat: model);

        await engagement.RunTurnAsync(actorId);

        var offered = model.Requests[0].Options!.Tools!.Select(t => Action(t.Name)).Order(StringComparer.Ordinal);
        var granted = Granted.Grants.Where(g => g.Actors.Contains(actorId)).Select(g => g.Action).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(granted, offered);
        Assert.True(offered.Count() < Granted.Actions.Count, $"{actorId} is offered every action");
    }

    [Fact]
    public async Task RunAsync_ToolsAll_OffersEveryAction()
    {
        var model = new ScriptedChatClient();
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);

        await engagement.RunTurnAsync(RepoFiles.ShippedManifest.Agents.First().Id);

        Assert.Equal(RepoFiles.ShippedManifest.Actions.Count, model.Requests[0].Options!.Tools!.Count);
    }

    [Theory]
    [InlineData("firm_release_to_client")]
    [InlineData("firm-release_to_client")]
    public async Task RunAsync_ToolsGrantedModelCallsAnUngrantedAction_AuditedAsUnknownToolAndNeverRuns(string toolName)
    {
        var model = new ScriptedChatClient();
        var engagement = new EngagementHarness(Granted, chat: model);
        var id = engagement.State.Deliverables[0].Id;
        var author = engagement.State.Deliverables[0].Type.Author;
        Assert.DoesNotContain(Granted.Grants, g => g.Action == ActionIds.ReleaseToClient && g.Actors.Contains(author));
        var hash = engagement.Approved(id, "# Summary\nReady.\n", author);
        model.Enqueue(ScriptedReply.RawCall(toolName, Args.Of((ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, hash))));

        var (result, recorder) = await engagement.RunTurnAsync(author, id);

        Assert.Null(engagement.State.FindDeliverable(id)!.ReleasedHash);
        Assert.Contains(recorder.Events, e => e.Action == "unknown_tool" && e.Outcome == "rejected");
        Assert.Equal(0, engagement.Metrics.UnauthorizedExecuted);
        Assert.False(Assert.Single(result.Actions).Executed);
    }

    private static string Action(string toolName) => toolName[(toolName.IndexOfAny(['_', '-']) + 1)..];
}
