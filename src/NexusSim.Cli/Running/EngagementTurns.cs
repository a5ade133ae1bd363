using NexusSim.Agents.Actions;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Turns;
using NexusSim.Cli.Hosting;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>
/// The one composition of an engagement's turn runner, shared by the engagement runner (<c>run</c>,
/// <c>experiment</c>) and the benchmark's in-memory engagement: a kernel turn runner over the scoped
/// prompt builder, optionally decorated (the transcript), then <see cref="ContextScope.Wrap"/>, so that
/// a variant with <c>context.scope=history</c> sends every turn the whole history wherever it runs.
/// </summary>
internal static class EngagementTurns
{
    /// <summary>The turn runner of <paramref name="state"/>'s engagement.</summary>
    public static IAgentTurnRunner Compose(FirmKernels kernels, ResolvedRun run, EngagementState state, SimulationOptions simulation, EngagementShared shared, Func<string, string>? redact = null, Func<IAgentTurnRunner, IAgentTurnRunner>? decorate = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(shared);
        IAgentTurnRunner turns = new KernelTurnRunner(kernels, new PromptBuilder(run.Prompts, state), new TurnRunnerOptions
        {
            MaxToolCallsPerTurn = simulation.MaxToolCallsPerTurn,
            MaxRetries = simulation.MaxRetries,
            Redact = redact ?? (static text => text),
            TokenCounts = shared.TokenCounts,
        });
        return ContextScope.Wrap(decorate is null ? turns : decorate(turns), state);
    }
}
