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
    private readonly Dictionary<ChatOptions, ChatOptions> _snapshots = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records into <paramref name="requests"/>, under <paramref name="gate"/> (shared by the tiers' recorders).</summary>
    public RecordingChatClient(IChatClient innerClient, List<RecordedRequest> requests, Lock gate)
        : base(innerClient)
    {
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
    }

    // One snapshot per options instance the caller sent: an actor's turns send the same options (and tool
    // list) on every call, and the stub remembers a tool list's token count by instance, so a replay given
    // a copy per call would count the tools again on every call where the pipeline's model counted them once.
    private ChatOptions? Snapshot(ChatOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        if (!_snapshots.TryGetValue(options, out var snapshot))
        {
            snapshot = options.Clone();
            _snapshots[options] = snapshot;
        }

        return snapshot;
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // The function-invoking client above appends to its list after the call: keep a snapshot.
        List<ChatMessage> sent = [.. messages];
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(sent, Snapshot(options)));
        }

        return base.GetResponseAsync(sent, options, cancellationToken);
    }
}
