using NexusSim.Agents.Prompts;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Prompts;

/// <summary>The task card states the deliverable's phase and whether it is live, from the manifest.</summary>
public sealed class TaskCardPhaseTests
{
    private static TaskCard CardFor(string deliverableId)
    {
        var manifest = RepoFiles.ShippedManifest;
        var line = manifest.ServiceLines.First(l => l.Deliverables.Contains(deliverableId));
        var engagement = new EngagementHarness(manifest, line.Id, brief: EngagementHarness.SampleBrief(line));
        var turn = new AgentTurn("0003-author", manifest.DeliverableType(deliverableId).Author, ChainProtocol.IntakeTask, StepMode.Author, deliverableId, null, 1,
            EngagementHarness.Lane, null, [], []);
        var prompt = new PromptBuilder(PromptLibrary.Load(RepoFiles.PromptsDirectory, manifest, ChainProtocol.IntakeTask), engagement.State).Build(turn);
        return TaskCard.Parse(prompt)!;
    }

    [Fact]
    public void Build_DeliverableOfTheLivePhase_CardSaysLive()
    {
        var manifest = RepoFiles.ShippedManifest;
        var (line, type) = manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (l, manifest.DeliverableType(d)))).First(x => x.l.IsLive(x.Item2.Phase));

        var card = CardFor(type.Id);

        Assert.True(card.Live);
        Assert.Equal(line.Phases.Single(p => p.Id == type.Phase).Name, card.Phase);
    }

    [Fact]
    public void Build_DeliverableBeforeTheLivePhase_CardSaysNotLive()
    {
        var manifest = RepoFiles.ShippedManifest;
        var type = manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (l, manifest.DeliverableType(d))))
            .First(x => x.Item2.Phase.Length > 0 && !x.l.IsLive(x.Item2.Phase)).Item2;

        var card = CardFor(type.Id);

        Assert.False(card.Live);
        Assert.NotEmpty(card.Phase);
    }

    [Fact]
    public void Parse_RenderedCard_RoundTripsPhaseAndLive()
    {
        var card = new TaskCard { Turn = "t", Actor = "a", Task = "x", Mode = "author", ServiceLine = "s", Phase = "Controlled Launch", Live = true };

        var parsed = TaskCard.Parse(card.Render())!;

        Assert.Equal(("Controlled Launch", true), (parsed.Phase, parsed.Live));
        Assert.False(TaskCard.Parse((card with { Live = false }).Render())!.Live);
    }

    [Fact]
    public void Build_AnyDeliverable_CardStatesTheServiceLinesWeeks()
    {
        var manifest = RepoFiles.ShippedManifest;
        var line = manifest.ServiceLines.First(l => l.Weeks > 0 && l.Deliverables.Count > 0);

        var card = CardFor(line.Deliverables[0]);

        Assert.Equal(line.Weeks, card.ServiceLineWeeks);
    }
}
