using System.Security.Cryptography;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// The end-of-run record: after a run's outputs are written, the SHA-256 of every file the client
/// and the reader receive (deliverables/ with the .docx files, escalations/, summary.json,
/// transcript.jsonl…) goes into one last audit entry, and a sealed checkpoint is signed over it.
/// Not covered: the trail itself (run.db, audit.jsonl, audit.checkpoint.json, which the chain and
/// signature cover) and report.html, a view rebuilt from run.db by <c>nexussim report</c>.
/// summary.json's <c>audit_head</c> is the head before this record (the record hashes summary.json,
/// so summary.json cannot name the record).
/// </summary>
public static class RunSeal
{
    /// <summary>The seal entry's action.</summary>
    public const string Action = "run.sealed";

    private static readonly HashSet<string> Uncovered = new(StringComparer.Ordinal)
    {
        SqliteRunJournal.DatabaseFileName,
        SqliteRunJournal.DatabaseFileName + "-wal",
        SqliteRunJournal.DatabaseFileName + "-shm",
        SqliteRunJournal.DatabaseFileName + "-journal",
        AuditExporter.FileName,
        AuditCheckpointFile.FileName,
        "report.html",
    };

    /// <summary>
    /// Seals the run in <paramref name="runDirectory"/>: reopens its journal (verifying it), appends
    /// the record of the files' hashes, signs a sealed checkpoint and re-exports audit.jsonl.
    /// </summary>
    public static Task<AuditEntry> SealAsync(string runDirectory, string runId, DateTimeOffset simulatedAt, SqliteJournalOptions options, CancellationToken ct) =>
        SealAsync(runDirectory, runId, null, simulatedAt, options, ct);

    /// <summary>
    /// Seals the run as <see cref="SealAsync(string, string, DateTimeOffset, SqliteJournalOptions, CancellationToken)"/>
    /// does, the record's reason naming the run's final <paramref name="status"/> (so that the trail itself
    /// says how a run that did not complete ended: interrupted, turn limit, awaiting a decision).
    /// </summary>
    public static async Task<AuditEntry> SealAsync(string runDirectory, string runId, string? status, DateTimeOffset simulatedAt, SqliteJournalOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var directory = Path.GetFullPath(runDirectory);
        var files = await HashFilesAsync(directory, ct).ConfigureAwait(false);
        var ended = string.IsNullOrEmpty(status) ? "End of run" : $"End of run, status {status}";
        var seal = new AuditEvent(runId, simulatedAt, "system", Action, "sealed",
            $"{ended}: {files.Count} delivered files recorded by SHA-256.", null, files, null, null);
        var journal = await SqliteRunJournal.OpenAsync(directory, options, ct).ConfigureAwait(false);
        await using (journal.ConfigureAwait(false))
        {
            var entry = await journal.SealAsync(seal, ct).ConfigureAwait(false);
            await AuditExporter.ExportAsync(journal, runId, directory, ct).ConfigureAwait(false);
            return entry;
        }
    }

    /// <summary>
    /// Compares the files in <paramref name="runDirectory"/> with the seal's record: null when they
    /// match, otherwise every changed, missing or added file.
    /// </summary>
    public static async Task<string?> CompareAsync(string runDirectory, AuditEntry seal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var actual = await HashFilesAsync(Path.GetFullPath(runDirectory), ct).ConfigureAwait(false);
        var problems = new List<string>();
        foreach (var (path, hash) in seal.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(path, out var now))
            {
                problems.Add($"{path} was removed");
            }
            else if (!string.Equals(now, hash, StringComparison.Ordinal))
            {
                problems.Add($"{path} was changed");
            }
        }

        problems.AddRange(actual.Keys.Where(path => !seal.Data.ContainsKey(path)).Order(StringComparer.Ordinal).Select(path => $"{path} was added"));
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>Every covered file under <paramref name="directory"/>, by its '/'-separated relative path, with its SHA-256 (lowercase hex).</summary>
    internal static async Task<SortedDictionary<string, string>> HashFilesAsync(string directory, CancellationToken ct)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var path in Directory.EnumerateFiles(directory, "*", options))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (Uncovered.Contains(relative) || relative.EndsWith(".tmp", StringComparison.Ordinal))
            {
                continue;
            }

            if (new FileInfo(path).LinkTarget is { } target)
            {
                // A link is recorded, never followed: a link added later is an added file.
                files[relative] = "link:" + target;
                continue;
            }

            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                files[relative] = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false));
            }
        }

        return files;
    }
}
