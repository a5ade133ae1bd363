using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Metering;
using NexusSim.Agents.Prompts;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;
using AiFunctionCall = Microsoft.Extensions.AI.FunctionCallContent;

namespace NexusSim.Agents.Turns;

/// <summary>
/// Runs an agent turn on its Kernel: identity as the system prompt, the scoped task prompt as the
/// user message, the firm's actions as tools with <c>FunctionChoiceBehavior.Auto()</c>. Tool calls
/// run through SK's function-invoking client and so through the authority filter, whether the chat
/// client is the stub or a real model. A gate review ends when its verdict is recorded
/// (<see cref="VerdictEndsTurnChatClient"/>).
/// </summary>
public sealed class KernelTurnRunner : IAgentTurnRunner
{
    private readonly FirmKernels _kernels;
    private readonly PromptBuilder _prompts;
    private readonly TurnRunnerOptions _options;

    /// <summary>A runner over <paramref name="kernels"/>.</summary>
    public KernelTurnRunner(FirmKernels kernels, PromptBuilder prompts, TurnRunnerOptions options)
    {
        _kernels = kernels ?? throw new ArgumentNullException(nameof(kernels));
        _prompts = prompts ?? throw new ArgumentNullException(nameof(prompts));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc />
    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(recorder);
        var runtime = _kernels.Runtime;
        var actor = runtime.Manifest.Actor(turn.ActorId);
        using var lease = _kernels.Lease(actor.Id, turn.TurnId, recorder);
        var (kernel, scope) = (lease.Kernel, lease.Scope);
        var tier = runtime.Manifest.Tier(actor.Tier ?? throw new InvalidOperationException($"{actor.Id} is not an agent and takes no turns."));
        var meter = new TurnMeter(tier);
        var client = new ChatClientBuilder(lease.ChatClient)
            .UseKernelFunctionInvocation()
            .Use(inner => turn.EndsWithVerdict ? new VerdictEndsTurnChatClient(inner, scope) : inner)
            .Use(inner => new CallBudgetChatClient(inner, _options.MaxToolCallsPerTurn, () =>
                recorder.Record(actor.Id, "model_call", "limited", $"The turn reached its limit of {_options.MaxToolCallsPerTurn} model calls.")))
            .Use(inner => new RetryingChatClient(inner, meter, _options.MaxRetries, (attempt, ex) =>
                recorder.Record(actor.Id, "model_call", "retried", _options.Redact($"Attempt {attempt} failed transiently: {ex.Message}"))))
            .Use(inner => new MeteringChatClient(inner, meter, runtime.Metrics, _options.TokenCounts))
            .Build();
        var identity = actor.IdentityText ?? actor.Duties;
        List<ChatMessage> messages =
        [
            new(ChatRole.System, identity),
            new(ChatRole.User, Prompt(turn, tier, identity, lease.Options, recorder)),
        ];
        string text;
        try
        {
            var response = await client.GetResponseAsync(messages, lease.Options, cancellationToken).ConfigureAwait(false);
            AuditUnknownTools(kernel, scope, response);
            text = response.Text;
        }
        catch (Exception ex) when (ProviderFailure.Is(ex, cancellationToken))
        {
            text = _options.Redact($"The model could not be reached after {(_options.MaxRetries == 1 ? "1 retry" : $"{_options.MaxRetries} retries")}: {ProviderFailure.Describe(ex)}");
            recorder.Record(actor.Id, "model_call", "failed", text);
            throw new ModelUnavailableException(text, ex) { TurnId = turn.TurnId, ActorId = actor.Id };
        }

        return new TurnResult(turn.TurnId, actor.Id, text, meter.Usage, scope.Outcomes);
    }

    // With a context budget enforced (the context_overflow scenario) the prompt is cut to the tier's
    // budget, and the audit records what was cut; otherwise it is sent whole. The system prompt and the
    // tool definitions are sent on every call, so they take their share of the budget first.
    private string Prompt(AgentTurn turn, Core.Manifest.ModelTier tier, string identity, ChatOptions options, StepRecorder recorder)
    {
        var context = _kernels.Runtime.Manifest.Context;
        if (context.BudgetOf(tier) is not { } budget)
        {
            // Counted here from its parts (the brief and the artifacts are the same strings turn after
            // turn), so the meter finds this prompt's count by instance.
            var built = _prompts.Parts(turn);
            var parts = new string[built.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = built[i].Text;
            }

            // The array overload sizes the prompt once: the enumerable one grows a buffer and copies.
            var prompt = string.Concat(parts);
            _options.TokenCounts.CountJoined(parts, prompt);
            return prompt;
        }

        var tools = options.Tools is { } offered ? _options.TokenCounts.CountToolDefinitions(offered) : 0;
        var fit = ContextWindow.Fit(_prompts.Parts(turn), budget, TokenCounter.Count(identity) + tools, context.WholeHistory);
        if (fit.Cut.Count > 0 || fit.OverBudget)
        {
            recorder.Record(turn.ActorId, "context", fit.Outcome, fit.Reason, data: fit.Data);
        }

        return fit.Prompt;
    }

    // A tool name the kernel does not have never reaches the filter (SK answers "not found"); it is
    // still an attempted action, so it is audited here.
    private void AuditUnknownTools(Kernel kernel, TurnScope scope, ChatResponse response)
    {
        foreach (var call in response.Messages.SelectMany(m => m.Contents).OfType<AiFunctionCall>())
        {
            if (!ToolNames.TryResolve(kernel, call.Name, out _))
            {
                var reason = $"Called a tool that does not exist: '{call.Name}'.";
                scope.Recorder.Record(scope.ActorId, "unknown_tool", "rejected", reason);
                _kernels.Runtime.Metrics.AddToolCall(failed: true);
                scope.Add(ActionOutcome.Refused(scope.ActorId, call.Name, reason, reason, null));
            }
        }
    }
}
