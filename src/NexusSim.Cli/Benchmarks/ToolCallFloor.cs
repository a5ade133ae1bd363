using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// The floor under <c>overhead_us_per_call</c>: what the tool-call path the pipeline is built on costs
/// by itself, per model call. A turn here is the smallest one a tool-using agent makes: the model asks
/// for one function, Microsoft.Extensions.AI's function invocation runs it through a Semantic Kernel
/// kernel and one filter that only passes the call on, and the model answers. No prompt is built, no
/// authority checked, no gate run, nothing audited or journaled. Timed against the same two requests
/// sent straight to the same model in a plain loop, like the overhead benchmark: the difference per
/// model call is the framework's share, which no change to NexusSim's own code can take away (DESIGN.md
/// has every tool call go through the kernel and its filters).
/// </summary>
internal static class ToolCallFloor
{
    /// <summary>Turns in one timed round (two model calls each).</summary>
    public const int TurnsPerRound = 100;

    private const string Note = "floor";

    /// <summary>
    /// Times <paramref name="rounds"/> rounds after the JIT has settled: the figure is the median over
    /// rounds of (the turns through function invocation − the same requests sent directly) ÷ model calls,
    /// in microseconds.
    /// </summary>
    public static async Task<Result> MeasureAsync(int rounds, CancellationToken cancellationToken)
    {
        var kernel = new Kernel();
        var ran = 0L;
        kernel.Plugins.Add(KernelPluginFactory.CreateFromFunctions("floor", [KernelFunctionFactory.CreateFromMethod((string note) => Interlocked.Increment(ref ran) + note.Length, "noop")]));
        var filter = new PassingFilter();
        kernel.FunctionInvocationFilters.Add(filter);
        var options = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }.ToChatOptions(kernel);
        var tool = options.Tools?.Single().Name ?? throw new InvalidOperationException("The floor's kernel offered no tool.");
        var model = new ScriptedModel(tool);
        var client = new ChatClientBuilder(model).UseKernelFunctionInvocation().Build();

        // The two requests a turn sends, as the plain loop sends them (built once: building them is the framework's work).
        var prompt = new List<ChatMessage> { new(ChatRole.System, "You are the floor."), new(ChatRole.User, "Call the tool once, then answer.") };
        var call = new Microsoft.Extensions.AI.FunctionCallContent("call-1", tool, new Dictionary<string, object?> { ["note"] = Note });
        var followUp = new List<ChatMessage>(prompt)
        {
            new(ChatRole.Assistant, [call]),
            new(ChatRole.Tool, [new Microsoft.Extensions.AI.FunctionResultContent(call.CallId, Note.Length)]),
        };

        async Task Pipeline()
        {
            for (var i = 0; i < TurnsPerRound; i++)
            {
                var response = await client.GetResponseAsync(prompt, options, cancellationToken).ConfigureAwait(false);
                if (response.Text != ScriptedModel.Answer)
                {
                    throw new InvalidOperationException($"The floor's turn ended with '{response.Text}', not the model's answer.");
                }
            }
        }

        async Task Plain()
        {
            for (var i = 0; i < TurnsPerRound; i++)
            {
                await model.GetResponseAsync(prompt, options, cancellationToken).ConfigureAwait(false);
                await model.GetResponseAsync(followUp, options, cancellationToken).ConfigureAwait(false);
            }
        }

        await JitWarmUp.OfProcess().RunAsync(async () =>
        {
            await Pipeline().ConfigureAwait(false);
            await Plain().ConfigureAwait(false);
        }, 5, 500).ConfigureAwait(false);
        var (model0, filtered0, ran0) = (model.Calls, filter.Calls, Interlocked.Read(ref ran));
        var differences = new List<double>(rounds);
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            var clock = Stopwatch.StartNew();
            await Pipeline().ConfigureAwait(false);
            var pipeline = clock.Elapsed.TotalMicroseconds;
            clock.Restart();
            await Plain().ConfigureAwait(false);
            differences.Add(pipeline - clock.Elapsed.TotalMicroseconds);
        }

        // Each round sent 2 calls a turn through the pipeline and 2 a turn in the plain loop.
        const int calls = 2 * TurnsPerRound;
        if (model.Calls - model0 != 2L * calls * differences.Count)
        {
            throw new InvalidOperationException($"The floor's rounds made {model.Calls - model0} model calls, not {2L * calls * differences.Count}.");
        }

        return new Result(OverheadFigures.Median(differences) / calls, differences.Count * TurnsPerRound, filter.Calls - filtered0, Interlocked.Read(ref ran) - ran0);
    }

    /// <summary>
    /// The floor in microseconds per model call, the turns timed through function invocation, and how many
    /// of their tool calls the filter passed on and the function ran (one each a turn when the path works).
    /// </summary>
    public sealed record Result(double MicrosecondsPerCall, long Turns, long Filtered, long FunctionRuns);

    // A model that asks for the tool until it has a result, then answers: a new response every call, as a real client makes.
    private sealed class ScriptedModel(string tool) : IChatClient
    {
        public const string Answer = "done";

        private long _calls;

        public long Calls => Interlocked.Read(ref _calls);

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var id = Interlocked.Increment(ref _calls);
            var answered = messages is IList<ChatMessage> list && list.Count > 0 && list[^1].Role == ChatRole.Tool;
            var reply = answered
                ? new ChatMessage(ChatRole.Assistant, Answer)
                : new ChatMessage(ChatRole.Assistant, [new Microsoft.Extensions.AI.FunctionCallContent("call-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), tool, new Dictionary<string, object?> { ["note"] = Note })]);
            return Task.FromResult(new ChatResponse(reply));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The floor's model does not stream.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class PassingFilter : IFunctionInvocationFilter
    {
        private long _calls;

        public long Calls => Interlocked.Read(ref _calls);

        public Task OnFunctionInvocationAsync(Microsoft.SemanticKernel.FunctionInvocationContext context, Func<Microsoft.SemanticKernel.FunctionInvocationContext, Task> next)
        {
            Interlocked.Increment(ref _calls);
            return next(context);
        }
    }
}
