using System.Text;
using System.Text.Json;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// The signed checkpoint kept beside run.db, outside the database: audit.checkpoint.json,
/// <c>{"hash":"…","publicKey":"…","runId":"…","sealed":false,"sequence":N,"signature":"…"}</c>. Replaced atomically (write, fsync, rename).
/// </summary>
internal static class AuditCheckpointFile
{
    public const string FileName = "audit.checkpoint.json";

    // Base64 keys keep their '+' and '/' as written (the default encoder would write \u002B).
    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, FileName);

    public static async Task WriteAsync(string runDirectory, AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var path = PathIn(runDirectory);
        var temporary = path + ".tmp";
        var json = "{\"hash\":" + JsonSerializer.Serialize(checkpoint.Hash, Plain)
            + ",\"publicKey\":" + JsonSerializer.Serialize(checkpoint.PublicKey, Plain)
            + ",\"runId\":" + JsonSerializer.Serialize(checkpoint.RunId, Plain)
            + ",\"sealed\":" + (checkpoint.Sealed ? "true" : "false")
            + ",\"sequence\":" + checkpoint.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ",\"signature\":" + JsonSerializer.Serialize(checkpoint.Signature, Plain) + "}\n";
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
                Text(root, "runId"),
                root.GetProperty("sequence").GetInt64(),
                Text(root, "hash"),
                root.GetProperty("sealed").GetBoolean(),
                Text(root, "publicKey"),
                Text(root, "signature"));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a well-formed audit checkpoint: {exception.Message}", exception);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new InvalidDataException($"The checkpoint's {name} is null.");
}
