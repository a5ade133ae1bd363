using Microsoft.Extensions.AI;
using NexusSim.Agents.Metering;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>
/// A context budget holds everything a call sends: the identity, the tool definitions and the prompt.
/// A turn one token over once its tool definitions are counted is cut; one that fits exactly is not.
/// </summary>
public sealed class KernelTurnRunnerContextBudgetTests
{
    [Fact]
    public async Task RunAsync_OneTokenOverWithTheToolDefinitions_IsCutAndAuditsTheToolsAsReserved()
    {
        var (tokens, identity, tools) = Measure();

        var (model, events) = await RunWithBudget(identity + tools + tokens - 1);

        var cut = Assert.Single(events, e => e.Action == "context");
        Assert.Equal("truncated", cut.Outcome);
        Assert.Equal((identity + tools).ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Data["reserved_tokens"]);
        Assert.Equal((identity + tools + tokens).ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Data["tokens_before"]);
        Assert.True(TokenCounter.Count(model.Requests[0].Messages[1].Text) < tokens, "the prompt sent was not cut");
    }

    [Fact]
    public async Task RunAsync_BudgetHoldsIdentityToolsAndPromptExactly_CutsNothing()
    {
        var (tokens, identity, tools) = Measure();

        var (model, events) = await RunWithBudget(identity + tools + tokens);

        Assert.DoesNotContain(events, e => e.Action == "context");
        Assert.Equal(tokens, TokenCounter.Count(model.Requests[0].Messages[1].Text));
    }

    // The planning turn's prompt tokens, its actor's identity tokens and the firm's tool definitions' tokens.
    private static (int Prompt, int Identity, int Tools) Measure()
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: new ScriptedChatClient());
        var turn = Planning(engagement);
        var actor = engagement.Manifest.Actor(turn.ActorId);
        var builder = new PromptBuilder(PromptLibrary.Load(RepoFiles.PromptsDirectory, engagement.Manifest, ChainProtocol.IntakeTask), engagement.State);
        var tools = new TokenCounts().CountToolDefinitions(NexusSim.Agents.Actions.TurnKernelPool.OptionsFor(engagement.Kernels.ForTurn(turn.ActorId, "0000-measure", engagement.NewRecorder()).Kernel).Tools!);
        Assert.True(tools > 100, $"the firm's tool definitions counted {tools} tokens");
        return (TokenCounter.Count(builder.Build(turn)), TokenCounter.Count(actor.IdentityText ?? actor.Duties), tools);
    }

    private static async Task<(ScriptedChatClient Model, IReadOnlyList<Core.Audit.AuditEvent> Events)> RunWithBudget(int budget)
    {
        var model = new ScriptedChatClient();
        var shipped = RepoFiles.ShippedManifest;
        var manifest = shipped with
        {
            Context = new ContextPolicy(BudgetEnforced: true, WholeHistory: false),
            ModelTiers = [.. shipped.ModelTiers.Select(t => t with { ContextBudgetTokens = budget })],
        };
        var engagement = new EngagementHarness(manifest, chat: model);
        var recorder = engagement.NewRecorder("0001-plan");

        await engagement.TurnRunner().RunAsync(Planning(engagement), recorder, CancellationToken.None);

        return (model, recorder.Events);
    }

    private static AgentTurn Planning(EngagementHarness engagement)
    {
        var step = engagement.Manifest.Chains.SelectMany(c => c.Steps).First(s => s.Mode == StepMode.Plan);
        return new AgentTurn("0001-plan", step.Actor, step.Task, StepMode.Plan, engagement.State.Deliverables[0].Id, null, 1, EngagementHarness.Lane, null, [], []);
    }
}
