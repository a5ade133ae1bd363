using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Actions;

/// <summary>
/// One action plugin per manifest serves every engagement of a container: its functions hold no
/// engagement, so an action acts on the engagement whose kernel runs it, never on another that shares
/// the plugin.
/// </summary>
public sealed class FirmPluginsTests
{
    private static Dictionary<string, object?> Draft(string deliverableId, string text) =>
        new() { [ActionArgs.DeliverableId] = deliverableId, [ActionArgs.Content] = $"## Summary\n{text}\n", [ActionArgs.Summary] = "first draft" };

    [Fact]
    public void For_SameManifestTwice_OnePluginAndAnotherManifestGetsItsOwn()
    {
        var plugins = new FirmPlugins();
        var other = RepoFiles.FiveAgentFirm;

        var first = plugins.For(RepoFiles.ShippedManifest);

        Assert.Same(first, plugins.For(RepoFiles.ShippedManifest));
        Assert.NotSame(first, plugins.For(other));
        Assert.Equal(RepoFiles.ShippedManifest.Actions.Count, first.FunctionCount);
    }

    [Fact]
    public async Task InvokeAsync_TwoEngagementsSharingThePlugin_EachActionLandsInItsOwnEngagement()
    {
        var plugins = new FirmPlugins();
        var one = new EngagementHarness(RepoFiles.ShippedManifest, plugins: plugins, seed: 1);
        var two = new EngagementHarness(RepoFiles.ShippedManifest, plugins: plugins, seed: 2);
        var deliverable = one.State.Deliverables[0];
        var author = deliverable.Type.Author;

        var first = await one.InvokeAsync(author, ActionIds.SubmitDeliverable, Draft(deliverable.Id, "Engagement one."), one.NewRecorder());
        var second = await two.InvokeAsync(author, ActionIds.SubmitDeliverable, Draft(deliverable.Id, "Engagement two."), two.NewRecorder());
        var again = await two.InvokeAsync(author, ActionIds.SubmitDeliverable, Draft(deliverable.Id, "Engagement two, again."), two.NewRecorder("0002-test"));

        Assert.True(first.Executed && second.Executed && again.Executed);
        Assert.Equal("Engagement one.", Assert.Single(one.State.Deliverables[0].Versions).Markdown.Split('\n')[1]);
        Assert.Equal(["Engagement two.", "Engagement two, again."], two.State.Deliverables[0].Versions.Select(v => v.Markdown.Split('\n')[1]));
        Assert.Equal((1L, 2L), (one.Metrics.ToolCalls, two.Metrics.ToolCalls));
    }
}
