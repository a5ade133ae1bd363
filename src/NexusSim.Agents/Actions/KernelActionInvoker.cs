using Microsoft.SemanticKernel;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Actions;

/// <summary>
/// Performs an action for an actor (a protocol step, the human's decision) by invoking the same
/// KernelFunction through the actor's kernel, so the authority filter runs exactly as it does for a
/// model's tool call: there is no second path.
/// </summary>
public sealed class KernelActionInvoker : IActionInvoker
{
    private const string NoOutcome = "The action produced no outcome.";

    private readonly FirmKernels _kernels;

    /// <summary>An invoker over <paramref name="kernels"/>.</summary>
    public KernelActionInvoker(FirmKernels kernels) => _kernels = kernels ?? throw new ArgumentNullException(nameof(kernels));

    /// <inheritdoc />
    public async Task<ActionOutcome> InvokeAsync(string actorId, string action, IReadOnlyDictionary<string, object?> arguments, StepRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(recorder);
        var (kernel, scope) = _kernels.ForTurn(actorId, recorder.StepKey, recorder);
        if (!kernel.Plugins.TryGetFunction(FirmActionPlugin.Name, action, out var function))
        {
            var text = $"'{action}' is not an action of {_kernels.Runtime.Manifest.Firm.Name}.";
            recorder.Record(actorId, action, "unknown_action", text);
            return ActionOutcome.Refused(actorId, action, text, text, null);
        }

        var kernelArguments = new KernelArguments();
        foreach (var (name, value) in arguments)
        {
            kernelArguments[name] = value;
        }

        await kernel.InvokeAsync(function, kernelArguments, cancellationToken).ConfigureAwait(false);
        var outcomes = scope.Outcomes;
        return outcomes.Count > 0 ? outcomes[^1] : ActionOutcome.Refused(actorId, action, NoOutcome, NoOutcome, null);
    }
}
