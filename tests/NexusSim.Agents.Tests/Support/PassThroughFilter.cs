using Microsoft.SemanticKernel;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A filter that checks nothing: stands in for a bypassed choke point.</summary>
internal sealed class PassThroughFilter : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next) => next(context);
}
