using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>The stub model over an engagement of the shipped firm, and the requests a run would send it.</summary>
internal sealed class StubScenario
{
    public StubScenario(ulong seed = 42, FaultProfile? faults = null, Brief? brief = null, FirmManifest? manifest = null)
    {
        Options = new StubOptions { Faults = faults ?? new FaultProfile() };
        var library = ContentSamples.Library;
        Stub = new StubChatClient(new StubContext(seed, Options, library, library.BannedPhrases, new DefectLedger()));
        Engagement = new EngagementHarness(manifest ?? RepoFiles.ShippedManifest, brief?.ServiceLine, Stub, brief: brief, seed: seed);
    }

    public StubOptions Options { get; }

    public StubChatClient Stub { get; }

    public EngagementHarness Engagement { get; }

    /// <summary>All faults at rate 1.</summary>
    public static FaultProfile AllFaults() => new()
    {
        TransientError = 1,
        MalformedArguments = 1,
        UnknownTool = 1,
        UnauthorizedAttempt = 1,
        InjectionObedience = 1,
    };

    /// <summary>The author turn of the engagement's first deliverable, as its chain defines it.</summary>
    public AgentTurn AuthorTurn(string turnId = "0002-author")
    {
        var deliverable = Engagement.State.Deliverables[0];
        var step = Engagement.Manifest.Chain(deliverable.Type.Chain).Steps.First(s => s.Mode == StepMode.Author);
        return new AgentTurn(turnId, step.Actor, step.Task, StepMode.Author, deliverable.Id, null, 1, EngagementHarness.Lane, null, [], []);
    }

    /// <summary>The first request a run sends the model for <paramref name="turn"/>: identity, prompt and the firm's tools.</summary>
    public (List<ChatMessage> Messages, ChatOptions Options) FirstRequest(AgentTurn turn)
    {
        var (kernel, _) = Engagement.Kernels.ForTurn(turn.ActorId, turn.TurnId, Engagement.NewRecorder(turn.TurnId));
        var prompts = new PromptBuilder(PromptLibrary.Load(RepoFiles.PromptsDirectory, Engagement.Manifest, ChainProtocol.IntakeTask), Engagement.State);
        var actor = Engagement.Manifest.Actor(turn.ActorId);
        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        List<ChatMessage> messages = [new(ChatRole.System, actor.IdentityText ?? actor.Duties), new(ChatRole.User, prompts.Build(turn))];
        return (messages, settings.ToChatOptions(kernel));
    }

    public Kernel KernelOf(AgentTurn turn) => Engagement.Kernels.ForTurn(turn.ActorId, turn.TurnId, Engagement.NewRecorder(turn.TurnId)).Kernel;
}
