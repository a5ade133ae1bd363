using NexusSim.Core.Audit;

namespace NexusSim.Core.Tests.Support;

/// <summary>Builds audit events and sealed chains for tests.</summary>
internal static class AuditSamples
{
    public const string RunId = "run-0001";

    public static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static AuditEvent Event(int index) => new(
        RunId,
        Start.AddMinutes(index),
        index % 2 == 0 ? "atlas" : "veda",
        "submit_deliverable",
        "allowed",
        $"grant covers step {index}",
        $"diagnostic-report/v{index}",
        new Dictionary<string, string> { ["step"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture), ["amount"] = "0" },
        index > 1 ? $"turn-{index - 1}" : null,
        "quinn");

    public static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditCanonical.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditEntry.Seal(Event(i), i, previous);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    /// <summary>Re-seals every entry from <paramref name="from"/> (1-based) on, as a forger who knows the algorithm would.</summary>
    public static List<AuditEntry> Reseal(IReadOnlyList<AuditEntry> entries, int from)
    {
        var result = entries.Take(from - 1).ToList();
        var previous = result.Count == 0 ? AuditCanonical.GenesisHash : result[^1].Hash;
        foreach (var entry in entries.Skip(from - 1))
        {
            var unsealed = entry with { Sequence = result.Count + 1, PreviousHash = previous };
            var sealedEntry = unsealed with { Hash = AuditCanonical.ComputeHash(unsealed) };
            result.Add(sealedEntry);
            previous = sealedEntry.Hash;
        }

        return result;
    }
}
