using NexusSim.Agents.Prompts;
using NexusSim.Agents.Turns;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Runs one model turn of an actor through the real turn runner (kernel, function invocation, filter).</summary>
internal static class TurnFactory
{
    public static Task<TurnResult> RunAsync(Harness harness, string actor, StepMode mode = StepMode.Author)
    {
        var prompts = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"), harness.Manifest, ChainProtocol.IntakeTask);
        var runner = new KernelTurnRunner(harness.Kernels, new PromptBuilder(prompts, harness.State), new TurnRunnerOptions());
        var deliverable = harness.FirstDeliverable;
        var artifacts = deliverable.Current is { } v
            ? new[] { new ArtifactView(deliverable.Id, deliverable.Type.Name, v.Number, v.ContentHash, v.Markdown) }
            : [];
        var task = harness.Manifest.Chain(deliverable.Type.Chain).Steps[0].Task;
        var turn = new AgentTurn("turn-1", actor, task, mode, deliverable.Id, null, 1, "main", null, artifacts, []);
        return runner.RunAsync(turn, harness.NewRecorder(), CancellationToken.None);
    }
}
