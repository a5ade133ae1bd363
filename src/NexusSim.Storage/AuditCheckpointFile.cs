using System.Text;
using System.Text.Json;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// The signed checkpoint kept beside run.db, outside the database: audit.checkpoint.json,
/// <c>{"hash":"…","sequence":N,"signature":"…"}</c>. Replaced atomically (write, fsync, rename).
/// </summary>
internal static class AuditCheckpointFile
{
    public const string FileName = "audit.checkpoint.json";

    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, FileName);

    public static async Task WriteAsync(string runDirectory, AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var path = PathIn(runDirectory);
        var temporary = path + ".tmp";
        var json = "{\"hash\":" + JsonSerializer.Serialize(checkpoint.Hash)
            + ",\"sequence\":" + checkpoint.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"signature\":" + JsonSerializer.Serialize(checkpoint.Signature) + "}\n";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(json), ct).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The checkpoint, or null when there is no file.</summary>
    /// <exception cref="InvalidDataException">The file is not a well-formed checkpoint.</exception>
    public static async Task<AuditCheckpoint?> ReadAsync(string runDirectory, CancellationToken ct)
    {
        var path = PathIn(runDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return new AuditCheckpoint(
                root.GetProperty("sequence").GetInt64(),
                root.GetProperty("hash").GetString() ?? throw new InvalidDataException("The checkpoint's hash is null."),
                root.GetProperty("signature").GetString() ?? throw new InvalidDataException("The checkpoint's signature is null."));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a well-formed audit checkpoint: {exception.Message}", exception);
        }
    }
}
