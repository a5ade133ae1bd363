using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NexusSim.Core.Audit;

/// <summary>
/// The audit chain's canonical form. An entry's canonical JSON has its properties in ordinal key
/// order (action, actor, causedBy, data, outcome, previousHash, reason, recipient, runId, sequence,
/// simulatedAt, subject), no whitespace, <c>null</c> written explicitly, <c>data</c> keys in ordinal
/// order, numbers in invariant culture and <c>simulatedAt</c> as ISO-8601 round-trip ("O") in UTC.
/// It leaves out the entry's own hash. The hash is SHA-256 (lowercase hex) over the UTF-8 bytes of
/// previousHash followed by that JSON; the first entry's previous hash is <see cref="GenesisHash"/>.
/// </summary>
public static class AuditCanonical
{
    /// <summary>The previous hash of a chain's first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The canonical JSON of <paramref name="entry"/>, without its hash.</summary>
    public static string ToJson(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Write(entry, includeHash: false);
    }

    /// <summary>
    /// The canonical JSON of <paramref name="entry"/> with its hash (in key order, between data and
    /// outcome): one line of an exported audit.jsonl.
    /// </summary>
    public static string ToJsonLine(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Write(entry, includeHash: true);
    }

    /// <summary>Reads one line written by <see cref="ToJsonLine"/>.</summary>
    /// <exception cref="FormatException">The line is not a well-formed audit entry.</exception>
    public static AuditEntry ParseJsonLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return AuditJsonLineReader.Read(line);
    }

    /// <summary>An entry's data as canonical JSON (keys in ordinal order), e.g. for a store's column.</summary>
    public static string DataToJson(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var writer = new CanonicalJsonWriter();
        writer.Data(data);
        return writer.ToString();
    }

    /// <summary>Reads data written by <see cref="DataToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not a JSON object of strings.</exception>
    public static IReadOnlyDictionary<string, string> ParseData(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return AuditJsonLineReader.ReadData(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FormatException("Audit data is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>The hash <paramref name="entry"/> should carry, from its previous hash and canonical JSON.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ComputeHash(entry.PreviousHash, ToJson(entry));
    }

    /// <summary>SHA-256 (lowercase hex) over the UTF-8 bytes of previousHash + canonicalJson.</summary>
    public static string ComputeHash(string previousHash, string canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(canonicalJson);
        return Determinism.StableHash.HexOfUtf8(previousHash, canonicalJson);
    }

    /// <summary>A timestamp as it appears in canonical JSON: ISO-8601 "O" in UTC.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads a timestamp written by <see cref="FormatTimestamp"/>.</summary>
    /// <exception cref="FormatException">The text is not an ISO-8601 round-trip timestamp.</exception>
    public static DateTimeOffset ParseTimestamp(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string Write(AuditEntry entry, bool includeHash)
    {
        // Sized for the entry (names, ids, two hashes and a timestamp take about 400 characters; the reason
        // and the data the rest), so that it is written without growing.
        var capacity = 400 + entry.Reason.Length + (entry.Subject?.Length ?? 0);
        foreach (var (key, value) in entry.Data)
        {
            capacity += key.Length + (value?.Length ?? 0) + 8;
        }

        var writer = new CanonicalJsonWriter(capacity);
        writer.BeginObject();
        writer.Property("action", entry.Action);
        writer.Property("actor", entry.Actor);
        writer.Property("causedBy", entry.CausedBy);
        writer.Property("data", entry.Data);
        if (includeHash)
        {
            writer.Property("hash", entry.Hash);
        }

        writer.Property("outcome", entry.Outcome);
        writer.Property("previousHash", entry.PreviousHash);
        writer.Property("reason", entry.Reason);
        writer.Property("recipient", entry.Recipient);
        writer.Property("runId", entry.RunId);
        writer.Property("sequence", entry.Sequence);
        writer.Property("simulatedAt", FormatTimestamp(entry.SimulatedAt));
        writer.Property("subject", entry.Subject);
        writer.EndObject();
        return writer.ToString();
    }
}
