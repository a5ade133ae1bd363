using System.Text;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Storage;

/// <summary>
/// The exported audit trail: audit.jsonl, one entry per line as its canonical JSON including its
/// hash (<see cref="AuditCanonical.ToJsonLine"/>), UTF-8 without BOM, '\n' line ends, in sequence
/// order. Anyone can re-verify it with <see cref="AuditVerifier"/> after <see cref="ReadAsync"/>.
/// </summary>
public static class AuditExporter
{
    /// <summary>The exported file's name.</summary>
    public const string FileName = "audit.jsonl";

    /// <summary>Writes the run's chain to <paramref name="outputDirectory"/>/audit.jsonl and returns the file's path.</summary>
    public static async Task<string> ExportAsync(IRunJournal journal, string runId, string outputDirectory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var entries = await journal.ReadAuditAsync(runId, ct).ConfigureAwait(false);
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        await WriteAsync(entries, path, ct).ConfigureAwait(false);
        return path;
    }

    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/>, one canonical line each.</summary>
    public static async Task WriteAsync(IEnumerable<AuditEntry> entries, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (writer.ConfigureAwait(false))
        {
            foreach (var entry in entries)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteAsync(AuditCanonical.ToJsonLine(entry)).ConfigureAwait(false);
                await writer.WriteAsync('\n').ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads an exported audit.jsonl back into entries (blank lines are skipped).</summary>
    /// <exception cref="FormatException">A line is not a well-formed entry; the message names the line.</exception>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var read = await TryReadAsync(path, ct).ConfigureAwait(false);
        return read.Problem is null ? read.Entries : throw new FormatException(read.Problem);
    }

    /// <summary>
    /// The file's entries, or those before the first malformed line with the problem; the
    /// unreadable sequence is the one that line should have held (one past the entries read).
    /// </summary>
    internal static async Task<AuditRead> TryReadAsync(string path, CancellationToken ct)
    {
        var entries = new List<AuditEntry>();
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, Encoding.UTF8, ct).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                entries.Add(AuditCanonical.ParseJsonLine(line));
            }
            catch (FormatException exception)
            {
                return new AuditRead(entries, entries.Count + 1, $"{path}:{number}: entry {entries.Count + 1} cannot be read: {exception.Message}");
            }
        }

        return new AuditRead(entries, null, null);
    }
}
