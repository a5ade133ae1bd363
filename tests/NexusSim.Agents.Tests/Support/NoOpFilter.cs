using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A filter that lets everything through: stands in for a bypassed authority filter.</summary>
internal sealed class NoOpFilter : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next) => next(context);
}
