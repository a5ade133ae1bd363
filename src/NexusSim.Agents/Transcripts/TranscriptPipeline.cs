using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace NexusSim.Agents.Transcripts;

/// <summary>
/// Wraps each tier's chat client in the run's recording pipeline: the transcript, then
/// Microsoft.Extensions.AI's logging client on the run's logger factory (its failure entries at Debug, see
/// <see cref="ModelCallFailureLogs"/>). One pipeline per tier.
/// </summary>
public static class TranscriptPipeline
{
    /// <summary>The chat client of a tier, recorded into <paramref name="writer"/> and logged through <paramref name="loggerFactory"/>.</summary>
    public static Func<string, IChatClient> Wrap(Func<string, IChatClient> clientForTier, TranscriptWriter writer, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(clientForTier);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var clients = new Dictionary<string, IChatClient>(StringComparer.Ordinal);
        var gate = new Lock();
        return tier =>
        {
            lock (gate)
            {
                if (!clients.TryGetValue(tier, out var client))
                {
                    client = new ChatClientBuilder(clientForTier(tier))
                        .UseLogging(new ModelCallFailureLogs(loggerFactory))
                        .Use(inner => new TranscriptChatClient(inner, writer, loggerFactory.CreateLogger<TranscriptChatClient>()))
                        .Build();
                    clients[tier] = client;
                }

                return client;
            }
        };
    }
}
