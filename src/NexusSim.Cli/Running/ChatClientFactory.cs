using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Providers;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Cli.Hosting;
using NexusSim.Core.Approvals;

namespace NexusSim.Cli.Running;

/// <summary>The chat client of each model tier for a run: the offline stub, or an OpenAI-compatible endpoint.</summary>
internal sealed class ChatClientFactory
{
    private readonly IOptions<StubOptions> _stubOptions;
    private readonly IOptions<LlmOptions> _llmOptions;

    public ChatClientFactory(IOptions<StubOptions> stub, IOptions<LlmOptions> llm)
    {
        // Options are read when used, not here: the host validates them all on start and reports every failure.
        _stubOptions = stub ?? throw new ArgumentNullException(nameof(stub));
        _llmOptions = llm ?? throw new ArgumentNullException(nameof(llm));
    }

    private StubOptions Stub => _stubOptions.Value;

    private LlmOptions Llm => _llmOptions.Value;

    /// <summary><paramref name="text"/> with the configured API key (if any) redacted.</summary>
    public string Redact(string text) => SecretRedactor.Redact(text, Environment.GetEnvironmentVariable(Llm.ApiKeyVariable));

    /// <summary>
    /// The chat client of each tier of <paramref name="run"/>; the stub records planted defects in
    /// <paramref name="ledger"/> and counts its usage with <paramref name="tokens"/> (the container's
    /// memories, where the prompts the turns built were counted).
    /// </summary>
    public Func<string, IChatClient> Create(ResolvedRun run, ContentLibrary library, DefectLedger ledger, NexusSim.Agents.Metering.TokenCounts tokens)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(tokens);
        if (run.Provider == LlmOptions.OpenAi)
        {
            var key = Environment.GetEnvironmentVariable(Llm.ApiKeyVariable)
                ?? throw new InvalidOperationException($"The environment variable {Llm.ApiKeyVariable} holds no API key.");
            var endpoint = Llm.Endpoint.Length == 0 ? null : new Uri(Llm.Endpoint);
            return OpenAiChatClients.ForTiers(run.Manifest, key, endpoint, TimeSpan.FromSeconds(Llm.TimeoutSeconds));
        }

        var client = new StubChatClient(new StubContext(run.Seed, OptionsFor(run), library, library.BannedPhrases, ledger) { QuoteFactor = run.StubQuoteFactor ?? 1m, Tokens = tokens });
        return _ => client;
    }

    /// <summary>
    /// The approver of <paramref name="run"/>'s human: on the stub, the approve-if-gates-passed policy is
    /// read through by the simulated human (<see cref="ReadingApprover"/>, from the same
    /// <paramref name="ledger"/> the run's stub records in); otherwise <paramref name="approver"/> itself
    /// (a real model keeps no ledger; approve-all and reject-all decide unread; a person decides at the
    /// console or in a decisions file).
    /// </summary>
    public IApprover HumanFor(ResolvedRun run, IApprover approver, DefectLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(approver);
        return run.Provider != LlmOptions.OpenAi && approver is PolicyApprover { Name: PolicyApprover.ApproveIfGatesPassed }
            ? new ReadingApprover(approver, run.Seed, ledger, OptionsFor(run).HumanCatchRate, run.Brief.Client)
            : approver;
    }

    // The stub's options for the run: the configured ones (or the chaos fault profile), with the variant's overrides.
    private StubOptions OptionsFor(ResolvedRun run) => StubVariant.Apply(
        run.Faults ? Stub.WithFaults(FaultProfile.Chaos()) : Stub,
        run);
}
