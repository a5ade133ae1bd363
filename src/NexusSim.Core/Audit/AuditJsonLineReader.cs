using System.Text.Json;

namespace NexusSim.Core.Audit;

/// <summary>
/// Reads the JSON written by <see cref="AuditCanonical.ToJsonLine"/> back into an entry. Strict:
/// an unknown key, a missing key or a value of the wrong kind is a <see cref="FormatException"/>.
/// </summary>
internal static class AuditJsonLineReader
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "action", "actor", "causedBy", "data", "hash", "outcome", "previousHash", "reason",
        "recipient", "runId", "sequence", "simulatedAt", "subject",
    };

    public static AuditEntry Read(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("An audit line must be a JSON object.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!KnownKeys.Contains(property.Name))
                {
                    throw new FormatException($"Unknown key '{property.Name}' in an audit line.");
                }
            }

            if (!root.TryGetProperty("sequence", out var sequence) || sequence.ValueKind != JsonValueKind.Number)
            {
                throw new FormatException("Key 'sequence' is missing or not a number.");
            }

            return new AuditEntry(
                sequence.GetInt64(),
                Required(root, "runId"),
                AuditCanonical.ParseTimestamp(Required(root, "simulatedAt")),
                Required(root, "actor"),
                Required(root, "action"),
                Required(root, "outcome"),
                Required(root, "reason"),
                Optional(root, "subject"),
                ReadDataProperty(root),
                Optional(root, "causedBy"),
                Optional(root, "recipient"),
                Required(root, "previousHash"),
                Required(root, "hash"));
        }
        catch (JsonException exception)
        {
            throw new FormatException("An audit line is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Reads a JSON object of string values (an entry's data).</summary>
    public static IReadOnlyDictionary<string, string> ReadData(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("An audit entry's data must be a JSON object.");
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || !data.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new FormatException($"Data key '{property.Name}' is duplicated or not a string.");
            }
        }

        return data;
    }

    private static IReadOnlyDictionary<string, string> ReadDataProperty(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            throw new FormatException("Key 'data' is missing.");
        }

        return ReadData(data);
    }

    private static string Required(JsonElement root, string name) =>
        Optional(root, name) ?? throw new FormatException($"Key '{name}' is missing or null.");

    private static string? Optional(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            throw new FormatException($"Key '{name}' is missing.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new FormatException($"Key '{name}' must be a string or null."),
        };
    }
}
