using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The turn kernels' auto-function-invocation filter: it passes every tool call on unchanged and tells
/// the runtime not to finalize the context Semantic Kernel built for it. Semantic Kernel's
/// <see cref="AutoFunctionInvocationContext"/> has a finalizer, whose only work is to detach the chat
/// history view the context creates when something reads its <c>ChatHistory</c>; no filter of the firm
/// reads it (the authority filter is a function-invocation filter and sees its own context). A finalizer
/// keeps its object, and all the object holds (here the turn's messages, the prompt among them), alive
/// through the next collection, which then promotes them: in the default engagement about 5.5 MB at
/// every collection, its largest cost (docs/performance.md, the fifteenth round). Authority, results
/// and termination are untouched: the filter never looks at the call.
/// </summary>
#pragma warning disable SKEXP0001 // AutoFunctionInvocationContext is marked experimental; its shape is not used here.
internal sealed class ContextFinalizerFilter : IAutoFunctionInvocationFilter
{
    /// <summary>The one instance (the filter holds nothing).</summary>
    public static ContextFinalizerFilter Instance { get; } = new();

    private ContextFinalizerFilter()
    {
    }

    /// <inheritdoc />
    public Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        GC.SuppressFinalize(context);
        return next(context);
    }
}
#pragma warning restore SKEXP0001
