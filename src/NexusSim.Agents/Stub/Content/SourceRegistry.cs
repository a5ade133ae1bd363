namespace NexusSim.Agents.Stub.Content;

/// <summary>Numbers sources in order of first citation; the same description gets the same number.</summary>
internal sealed class SourceRegistry
{
    private readonly SortedDictionary<int, string> _byNumber = [];
    private readonly Dictionary<string, int> _byDescription = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<int, string> Entries => _byNumber;

    /// <summary>Seeds the registry with sources a document already lists.</summary>
    public void Add(int number, string description)
    {
        _byNumber[number] = description;
        _byDescription.TryAdd(description, number);
    }

    /// <summary>The number of a source, listing it first if needed.</summary>
    public int Cite(string description)
    {
        if (_byDescription.TryGetValue(description, out var number))
        {
            return number;
        }

        number = _byNumber.Count == 0 ? 1 : _byNumber.Keys.Max() + 1;
        Add(number, description);
        return number;
    }

    /// <summary>A copy to write a trial section against; <see cref="Adopt"/> keeps what it cited.</summary>
    public SourceRegistry Copy()
    {
        var copy = new SourceRegistry();
        copy.Adopt(this);
        return copy;
    }

    /// <summary>Takes every entry of <paramref name="other"/> (a copy of this registry that went on citing).</summary>
    public void Adopt(SourceRegistry other)
    {
        foreach (var (number, description) in other._byNumber)
        {
            Add(number, description);
        }
    }

    public string? Describe(int number) => _byNumber.TryGetValue(number, out var description) ? description : null;
}
