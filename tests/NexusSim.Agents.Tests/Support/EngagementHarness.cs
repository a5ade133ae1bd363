using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Turns;
using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;
using NexusSim.Core.Protocols;
using NexusSim.Core.Time;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// One engagement of a firm with its runtime and per-actor kernels, wired as a run wires them: a
/// chat client for every tier (a scripted fake unless given) and the authority filter (unless given).
/// </summary>
internal sealed class EngagementHarness
{
    public const string Lane = "main";

    public EngagementHarness(FirmManifest manifest, string? serviceLineId = null, IChatClient? chat = null, IFunctionInvocationFilter? filter = null, Brief? brief = null, ulong seed = 7, FirmPlugins? plugins = null)
    {
        Manifest = manifest;
        var line = serviceLineId is null ? manifest.ServiceLines[0] : manifest.ServiceLine(serviceLineId);
        Brief = brief ?? SampleBrief(line);
        Chat = chat ?? new ScriptedChatClient();
        State = new EngagementState("run-test", manifest, Brief, line, seed);
        Runtime = new EngagementRuntime(State, Metrics);
        Kernels = new FirmKernels(Runtime, _ => Chat, filter, plugins: plugins);
        Invoker = new KernelActionInvoker(Kernels);
    }

    public FirmManifest Manifest { get; }

    public Brief Brief { get; }

    public IChatClient Chat { get; }

    public EngagementState State { get; }

    public RunMetrics Metrics { get; } = new();

    public SimulatedClock Clock { get; } = new();

    public EngagementRuntime Runtime { get; }

    public FirmKernels Kernels { get; }

    public KernelActionInvoker Invoker { get; }

    public ActorDefinition Human => Manifest.Humans.First();

    public static Brief SampleBrief(ServiceLine line) =>
        new("(test)", "Acme Test Co", "Retail", "Europe", 500, "Growing fast.", "A pilot stalled.", ["Board meets in May"], line.PriceMinUsd, line.Id, "brief-hash");

    public StepRecorder NewRecorder(string stepKey = "0001-test") => new(State.RunId, stepKey, "turn", Lane, Clock);

    public Task<ActionOutcome> InvokeAsync(string actorId, string action, Dictionary<string, object?> arguments, StepRecorder recorder) =>
        Invoker.InvokeAsync(actorId, action, arguments, recorder, CancellationToken.None);

    public KernelTurnRunner TurnRunner(TurnRunnerOptions? options = null) =>
        new(Kernels, new PromptBuilder(PromptLibrary.Load(RepoFiles.PromptsDirectory, Manifest, ChainProtocol.IntakeTask), State), options ?? new TurnRunnerOptions());

    public static AgentTurn Turn(string actorId, string deliverableId = "", StepMode mode = StepMode.Plan, IReadOnlyList<ArtifactView>? artifacts = null, string turnId = "0001-turn") =>
        new(turnId, actorId, ChainProtocol.IntakeTask, mode, deliverableId, null, 1, Lane, null, artifacts ?? [], []);

    /// <summary>Runs a turn of <paramref name="actorId"/> on the scripted model; returns the result and the turn's recorder.</summary>
    public async Task<(TurnResult Result, StepRecorder Recorder)> RunTurnAsync(string actorId, string deliverableId = "", TurnRunnerOptions? options = null)
    {
        var recorder = NewRecorder();
        var result = await TurnRunner(options).RunAsync(Turn(actorId, deliverableId), recorder, CancellationToken.None);
        return (result, recorder);
    }

    /// <summary>Submits a version of <paramref name="deliverableId"/> by its author, straight into state; returns its hash.</summary>
    public string Submit(string deliverableId, string content)
    {
        var author = State.FindDeliverable(deliverableId)!.Type.Author;
        Act(author, ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, deliverableId), (ActionArgs.Content, content), (ActionArgs.Summary, "test version"));
        return State.FindDeliverable(deliverableId)!.Current!.ContentHash;
    }

    /// <summary>Records a pass at every blocking review gate of <paramref name="deliverableId"/> on <paramref name="hash"/>, through the action bodies (gates passed is derived from them).</summary>
    public void PassGates(string deliverableId, string hash)
    {
        var deliverable = State.FindDeliverable(deliverableId)!;
        foreach (var gate in deliverable.Type.Gates.Select(Manifest.Gate).Where(g => g.Kind == GateKind.Review))
        {
            var reviewer = gate.Owners.FirstOrDefault(o => o != deliverable.Type.Author) ?? gate.Owners[0];
            Act(reviewer, ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, deliverableId), (ActionArgs.GateId, gate.Id), (ActionArgs.VersionHash, hash),
                (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Checked every figure against [S1]."));
        }
    }

    /// <summary>Records that <paramref name="requester"/> asked for approval, through the action body.</summary>
    public void RequestApproval(string deliverableId, string requester) =>
        Act(requester, ActionIds.RequestApproval, (ActionArgs.DeliverableId, deliverableId));

    /// <summary>Raises a gate escalation of <paramref name="deliverableId"/> from <paramref name="from"/> to <paramref name="to"/>, through the action body; returns its id.</summary>
    public string Escalate(string from, string to, string deliverableId, string gateId)
    {
        Act(from, ActionIds.Escalate, (ActionArgs.Subject, deliverableId), (ActionArgs.Reason, "Failed its gate three times."), (ActionArgs.Assignee, to), (ActionArgs.GateId, gateId));
        return State.Escalations[^1].Id;
    }

    // Runs an action's body directly (no policy): arranging state the way an allowed action would.
    private void Act(string actor, string action, params (string Name, object? Value)[] args) =>
        new EngagementActions(State).Execute(new ActionCall(actor, action, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), NewRecorder()));

    /// <summary>A version that passed its gates, was asked for by <paramref name="requester"/> and approved by the firm's human.</summary>
    public string Approved(string deliverableId, string content, string requester)
    {
        var hash = Submit(deliverableId, content);
        PassGates(deliverableId, hash);
        RequestApproval(deliverableId, requester);
        Act(Human.Id, ActionIds.Approve, (ActionArgs.DeliverableId, deliverableId), (ActionArgs.VersionHash, hash), (ActionArgs.Reason, "checked"));
        return hash;
    }
}
