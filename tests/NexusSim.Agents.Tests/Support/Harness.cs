using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;
using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;
using NexusSim.Core.Protocols;
using NexusSim.Core.Time;

namespace NexusSim.Agents.Tests.Support;

/// <summary>An engagement of a firm with its kernels, acting through the real authority filter.</summary>
internal sealed class Harness
{
    private int _steps;

    public Harness(FirmManifest manifest, Func<string, IChatClient>? chat = null, IFunctionInvocationFilter? filter = null, Brief? brief = null)
    {
        Manifest = manifest;
        Brief = brief ?? LoadedFirms.BriefFor(manifest);
        var line = manifest.ServiceLines.FirstOrDefault(s => s.Id == Brief.ServiceLine) ?? manifest.ServiceLines[0];
        State = new EngagementState("run-test", manifest, Brief, line, 42);
        Metrics = new RunMetrics();
        Runtime = new EngagementRuntime(State, Metrics);
        Kernels = new FirmKernels(Runtime, chat, filter);
        Invoker = new KernelActionInvoker(Kernels);
    }

    public FirmManifest Manifest { get; }

    public Brief Brief { get; }

    public EngagementState State { get; }

    public RunMetrics Metrics { get; }

    public EngagementRuntime Runtime { get; }

    public FirmKernels Kernels { get; }

    public KernelActionInvoker Invoker { get; }

    public SimulatedClock Clock { get; } = new();

    public DeliverableState FirstDeliverable => State.Deliverables[0];

    public StepRecorder NewRecorder() => new(State.RunId, $"step-{++_steps}", "test", "main", Clock);

    public async Task<(ActionOutcome Outcome, StepRecorder Recorder)> ActAsync(string actor, string action, Dictionary<string, object?> arguments)
    {
        var recorder = NewRecorder();
        var outcome = await Invoker.InvokeAsync(actor, action, arguments, recorder, CancellationToken.None);
        return (outcome, recorder);
    }

    /// <summary>Puts a version of the first deliverable in place, written by its author (directly on the state).</summary>
    public DeliverableVersion SubmitDirect(string markdown)
    {
        var deliverable = FirstDeliverable;
        return State.SubmitVersion(deliverable.Id, Core.Determinism.StableHash.HexOfText(markdown), markdown, deliverable.Type.Author, "test");
    }

    public string HumanId => Manifest.Humans.First().Id;
}
