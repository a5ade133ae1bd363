using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Passes calls through and keeps every text sent to and returned by the model (what the meter counts).</summary>
internal sealed class TextCollectingChatClient(IChatClient inner, List<string> texts) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var response = await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
        lock (texts)
        {
            texts.AddRange(sent.Concat(response.Messages).SelectMany(m => m.Contents).OfType<TextContent>().Select(t => t.Text));
        }

        return response;
    }
}
