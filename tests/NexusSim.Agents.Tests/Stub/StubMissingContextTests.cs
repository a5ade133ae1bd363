using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>The stub noticing that the brief was cut from its prompt, writing with a gap, and recording it as ground truth.</summary>
public sealed class StubMissingContextTests
{
    [Fact]
    public async Task GetResponseAsync_BriefCutFromThePrompt_WritesWithoutTheClientAndLedgersMissingContext()
    {
        var (ledger, content, client) = await DraftAsync(cutBrief: true);

        Assert.DoesNotContain(client, content, StringComparison.Ordinal);
        var defect = Assert.Single(ledger.For(DefectLedger.HashOf(content)), d => d.Kind == DefectKind.MissingContext);
        Assert.Contains(defect.Target, content, StringComparison.Ordinal);
        Assert.Contains("brief", defect.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_BriefInThePrompt_NoMissingContext()
    {
        var (ledger, content, client) = await DraftAsync(cutBrief: false);

        Assert.Contains(client, content, StringComparison.Ordinal);
        Assert.DoesNotContain(ledger.For(DefectLedger.HashOf(content)), d => d.Kind is DefectKind.MissingContext or DefectKind.UnnamedClient);
    }

    [Fact]
    public async Task GetResponseAsync_BriefCutFromThePrompt_LedgersTheUnnamedClientByTheTitleAsWritten()
    {
        var (ledger, content, _) = await DraftAsync(cutBrief: true);

        var defect = Assert.Single(ledger.For(DefectLedger.HashOf(content)), d => d.Kind == DefectKind.UnnamedClient);
        var title = content.Split('\n')[0];
        Assert.Equal("# " + defect.Target, title);
        Assert.EndsWith(": the client", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task GetResponseAsync_ReworkOfAnUnnamedDraftAfterTheReviewersNote_NamesTheClientOnlyWithTheBriefInContext(bool cutBrief, bool named)
    {
        var ledger = new DefectLedger();
        var (_, blind, client) = await DraftAsync(cutBrief: true, ledger);
        var title = blind.Split('\n')[0][2..];
        var note = new Core.Gates.GateIssue(null, "The deliverable does not name the client.", title);

        var (_, reworked, _) = await DraftAsync(cutBrief, ledger, new ArtifactView("readiness_report", "Readiness Report", 1, DefectLedger.HashOf(blind), blind), note);

        Assert.Equal(named, reworked.Split('\n')[0].Contains(client, StringComparison.Ordinal));
        Assert.Equal(!named, ledger.For(DefectLedger.HashOf(reworked)).Any(d => d.Kind == DefectKind.UnnamedClient));
    }

    private static Task<(DefectLedger Ledger, string Content, string Client)> DraftAsync(bool cutBrief) => DraftAsync(cutBrief, new DefectLedger());

    private static async Task<(DefectLedger Ledger, string Content, string Client)> DraftAsync(bool cutBrief, DefectLedger ledger, ArtifactView? artifact = null, Core.Gates.GateIssue? note = null)
    {
        var library = ContentSamples.Library;
        var stub = new StubChatClient(new StubContext(42, new StubOptions(), library, library.BannedPhrases, ledger));
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, null, stub, seed: 42);
        var deliverable = engagement.State.Deliverables[0];
        var step = engagement.Manifest.Chain(deliverable.Type.Chain).Steps.First(s => s.Mode == StepMode.Author);
        var turn = artifact is null
            ? new AgentTurn("0002-author", step.Actor, step.Task, StepMode.Author, deliverable.Id, null, 1, EngagementHarness.Lane, null, [], [])
            : new AgentTurn("0009-rework", step.Actor, step.Task, StepMode.Edit, deliverable.Id, null, 2, EngagementHarness.Lane, null, [artifact with { DeliverableId = deliverable.Id }], [note!]);
        var (kernel, _) = engagement.Kernels.ForTurn(turn.ActorId, turn.TurnId, engagement.NewRecorder(turn.TurnId));
        var parts = new PromptBuilder(PromptLibrary.Load(RepoFiles.PromptsDirectory, engagement.Manifest, ChainProtocol.IntakeTask), engagement.State).Parts(turn);
        var prompt = cutBrief ? string.Concat(parts.Where(p => p.Kind != PromptPart.Brief).Select(p => p.Text)) : string.Concat(parts.Select(p => p.Text));
        var actor = engagement.Manifest.Actor(turn.ActorId);
        var options = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }.ToChatOptions(kernel);

        var response = await stub.GetResponseAsync([new(ChatRole.System, actor.IdentityText ?? actor.Duties), new(ChatRole.User, prompt)], options);

        var call = response.Messages.SelectMany(m => m.Contents).OfType<Microsoft.Extensions.AI.FunctionCallContent>().First();
        return (ledger, (string)call.Arguments![ActionArgs.Content]!, engagement.State.Brief.Client);
    }
}
