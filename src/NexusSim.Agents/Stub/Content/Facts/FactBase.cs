namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// One engagement's typed fact base: every figure more than one sentence or deliverable states, built
/// once from the brief and the seed (see <see cref="FactBaseBuilder"/>), each with its source entry.
/// Templates state a fact as <c>{name}</c>; the readiness score, maturity level and baseline are
/// also the Key facts line's values.
/// </summary>
internal sealed class FactBase
{
    private static readonly string[] Levels = ["Exploring", "Experimenting", "Operationalizing", "Scaling", "Leading"];

    private readonly Dictionary<string, Fact> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The fact seed the base was built from (seeded engagement figures are drawn from it too).</summary>
    public ulong Seed { get; init; }

    /// <summary>Every entry, in the order it was added.</summary>
    public IReadOnlyList<Fact> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries.Values];
            }
        }
    }

    /// <summary>The overall readiness score: the mean of the dimension scores, one decimal.</summary>
    public double Readiness => (double)_entries[FactNames.Readiness].Value;

    /// <summary>The maturity level the readiness score places the client at.</summary>
    public string Maturity => _entries[FactNames.Maturity].Text;

    /// <summary>The baseline of the industry's headline metric.</summary>
    public int Baseline => (int)_entries[FactNames.Baseline].Value;

    /// <summary>The entry named <paramref name="name"/>, or null.</summary>
    public Fact? Find(string name)
    {
        lock (_lock)
        {
            return _entries.GetValueOrDefault(name);
        }
    }

    /// <summary>The entry named like <paramref name="fact"/> when there is one (a figure already stated keeps its value), else <paramref name="fact"/>, added.</summary>
    public Fact FindOrAdd(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        lock (_lock)
        {
            return _entries.TryGetValue(fact.Name, out var stated) ? stated : Add(fact);
        }
    }

    /// <summary>The level name for a readiness score.</summary>
    public static string LevelFor(decimal readiness) =>
        Levels[Math.Clamp((int)Math.Floor(readiness) - 1, 0, Levels.Length - 1)];

    /// <summary>Adds an entry; a name is stated once, so adding it twice is a programming error.</summary>
    public Fact Add(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Inputs.FirstOrDefault(i => !_entries.ContainsKey(i)) is { } missing)
        {
            throw new InvalidOperationException($"Fact '{fact.Name}' is computed from '{missing}', which is not in the fact base yet.");
        }

        lock (_lock)
        {
            _entries.Add(fact.Name, fact);
        }

        return fact;
    }

    /// <summary>The value of an entry.</summary>
    public decimal Value(string name) => _entries[name].Value;
}
