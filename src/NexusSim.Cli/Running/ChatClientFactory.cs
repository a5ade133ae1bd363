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
    private readonly StubOptions _stub;
    private readonly LlmOptions _llm;

    public ChatClientFactory(IOptions<StubOptions> stub, IOptions<LlmOptions> llm)
    {
        ArgumentNullException.ThrowIfNull(stub);
        ArgumentNullException.ThrowIfNull(llm);
        _stub = stub.Value;
        _llm = llm.Value;
    }

    public Func<string, IChatClient> Create(ResolvedRun run, ContentLibrary library, DefectLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(library);
        if (run.Provider == LlmOptions.OpenAi)
        {
            var key = Environment.GetEnvironmentVariable(_llm.ApiKeyVariable)
                ?? throw new InvalidOperationException($"The environment variable {_llm.ApiKeyVariable} holds no API key.");
            var endpoint = _llm.Endpoint.Length == 0 ? null : new Uri(_llm.Endpoint);
            return OpenAiChatClients.ForTiers(run.Manifest, key, endpoint, TimeSpan.FromSeconds(_llm.TimeoutSeconds));
        }

        var options = run.Faults
            ? new StubOptions { Quality = _stub.Quality, Agents = _stub.Agents, ReviewerFallibility = _stub.ReviewerFallibility, Faults = FaultProfile.Chaos() }
            : _stub;
        var client = new StubChatClient(new StubContext(run.Seed, options, library, library.BannedPhrases, ledger));
        return _ => client;
    }
}
