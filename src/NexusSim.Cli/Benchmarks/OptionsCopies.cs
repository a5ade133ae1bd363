using Microsoft.Extensions.AI;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// One copy of each chat-options instance it is given, the same copy every time: an actor's turns send
/// one options instance (and tool list) on all their calls, and the stub remembers a tool list's token
/// count by instance, so a copy per call would make a replay count the tools on every call where the
/// pipeline's model counted them once. Not thread-safe; the recorder calls it under its lock.
/// </summary>
internal sealed class OptionsCopies
{
    private readonly Dictionary<ChatOptions, ChatOptions> _copies = new(ReferenceEqualityComparer.Instance);

    /// <summary>The copy of <paramref name="options"/> (null for null).</summary>
    public ChatOptions? Of(ChatOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        if (!_copies.TryGetValue(options, out var copy))
        {
            copy = options.Clone();
            _copies[options] = copy;
        }

        return copy;
    }
}
