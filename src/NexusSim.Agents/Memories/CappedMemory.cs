using System.Collections.Concurrent;

namespace NexusSim.Agents.Memories;

/// <summary>
/// Values remembered by key, at most a capacity of them: when full, the memory is emptied and refilled
/// (what it holds is a pure function of its key, worked out again on a miss). Shared by the threads of
/// an experiment; the entries are counted as they are added, because a concurrent dictionary's own
/// count takes every lock it has.
/// </summary>
internal sealed class CappedMemory<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries;
    private readonly Lock _clearing = new();
    private readonly int _capacity;
    private int _count;

    /// <summary>An empty memory of at most <paramref name="capacity"/> entries, keys compared by <paramref name="comparer"/>.</summary>
    public CappedMemory(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _entries = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    /// <summary>How many entries are remembered now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The value remembered for <paramref name="key"/>, if any.</summary>
    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>A lookup by another form of the key (a span of a string key, say), for reading.</summary>
    public ConcurrentDictionary<TKey, TValue>.AlternateLookup<TAlternate> GetAlternateLookup<TAlternate>()
        where TAlternate : notnull, allows ref struct =>
        _entries.GetAlternateLookup<TAlternate>();

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/>, emptying the memory first when it is full; gives what is remembered (another thread's value when it raced).</summary>
    public TValue Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= _capacity)
        {
            lock (_clearing)
            {
                if (Volatile.Read(ref _count) >= _capacity)
                {
                    _entries.Clear();
                    Volatile.Write(ref _count, 0);
                }
            }
        }

        if (_entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }

        return _entries.TryGetValue(key, out var raced) ? raced : value;
    }
}
