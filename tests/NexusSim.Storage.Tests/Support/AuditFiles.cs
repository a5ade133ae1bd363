using NexusSim.Core.Audit;

namespace NexusSim.Storage.Tests.Support;

/// <summary>Reads and rewrites exported audit.jsonl files and the checkpoint file the way an attacker would.</summary>
internal static class AuditFiles
{
    public static List<string> Lines(string path) =>
        [.. File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    public static void Write(string path, IEnumerable<string> lines) =>
        File.WriteAllText(path, string.Concat(lines.Select(line => line + "\n")));

    public static List<AuditEntry> Entries(string path) => [.. Lines(path).Select(AuditCanonical.ParseJsonLine)];

    public static void WriteEntries(string path, IEnumerable<AuditEntry> entries) =>
        Write(path, entries.Select(AuditCanonical.ToJsonLine));

    /// <summary>A well-formed entry sealed after <paramref name="previous"/>: what a forger without the key can make.</summary>
    public static AuditEntry Forge(AuditEntry previous) => AuditEntry.Seal(
        new AuditEvent(
            previous.RunId,
            previous.SimulatedAt.AddSeconds(1),
            "atlas",
            "approve_engagement",
            "approved",
            "forged approval",
            "engagement",
            new Dictionary<string, string>(),
            null,
            null),
        previous.Sequence + 1,
        previous.Hash);
}
