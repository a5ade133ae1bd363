using Microsoft.Extensions.AI;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// Passes every request to the model unchanged and keeps a copy of it (the messages as they were
/// at the call, and the options), so the same requests can be replayed straight into a model.
/// </summary>
internal sealed class RecordingChatClient : DelegatingChatClient
{
    private readonly List<RecordedRequest> _requests;
    private readonly Lock _gate;
    private readonly OptionsCopies _snapshots = new();

    /// <summary>Records into <paramref name="requests"/>, under <paramref name="gate"/> (shared by the tiers' recorders).</summary>
    public RecordingChatClient(IChatClient innerClient, List<RecordedRequest> requests, Lock gate)
        : base(innerClient)
    {
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // The function-invoking client above appends to its list after the call: keep a snapshot.
        List<ChatMessage> sent = [.. messages];
        lock (_gate)
        {
            // One snapshot per options instance, shared as the caller shared it (see OptionsCopies).
            _requests.Add(new RecordedRequest(sent, _snapshots.Of(options)));
        }

        return base.GetResponseAsync(sent, options, cancellationToken);
    }
}
