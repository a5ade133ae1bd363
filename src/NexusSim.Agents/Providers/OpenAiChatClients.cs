using System.ClientModel.Primitives;
using System.ClientModel;
using Microsoft.Extensions.AI;
using NexusSim.Core.Manifest;
using OpenAI;

namespace NexusSim.Agents.Providers;

/// <summary>
/// Chat clients for an OpenAI-compatible endpoint, one per model tier (the tier's <c>model</c> of
/// the manifest). The API key is passed in, read by the caller from an environment variable; it is
/// never logged, audited or written.
/// </summary>
public static class OpenAiChatClients
{
    /// <summary>A function giving the chat client of a tier id.</summary>
    public static Func<string, IChatClient> ForTiers(FirmManifest manifest, string apiKey, Uri? endpoint, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        // No retries inside the SDK: RetryingChatClient retries (metered, without real waiting) and a
        // provider that stays down ends the run (ModelUnavailableException).
        var options = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        var client = new OpenAIClient(new ApiKeyCredential(apiKey), options);
        var clients = manifest.ModelTiers.ToDictionary(
            t => t.Id,
            t => client.GetChatClient(t.Model).AsIChatClient(),
            StringComparer.Ordinal);
        return tier => clients[tier];
    }
}
