using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Providers;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Cli.Hosting;

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

        var options = run.Faults
            ? new StubOptions { Quality = Stub.Quality, Agents = Stub.Agents, ReviewerFallibility = Stub.ReviewerFallibility, ReviewerCatchRate = Stub.ReviewerCatchRate, Faults = FaultProfile.Chaos() }
            : Stub;
        options = StubVariant.Apply(options, run);
        var client = new StubChatClient(new StubContext(run.Seed, options, library, library.BannedPhrases, ledger) { QuoteFactor = run.StubQuoteFactor ?? 1m, Tokens = tokens });
        return _ => client;
    }
}
