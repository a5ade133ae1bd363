using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// What an experiment keeps of one finished run (records/KEY.json): its cells for results.csv and its
/// audit head. A run with a record is not run again when the experiment is resumed.
/// </summary>
internal sealed record ExperimentRecord
{
    [JsonPropertyName("key")] public required string Key { get; init; }

    [JsonPropertyName("cells")] public required Dictionary<string, string> Cells { get; init; }

    [JsonPropertyName("audit_head")] public string? AuditHead { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathOf(string folder, string key) => Path.Combine(folder, "records", key + ".json");

    /// <summary>The record of a finished run, or null when there is none (or it was cut off mid-write).</summary>
    public static ExperimentRecord? TryRead(string folder, string key)
    {
        var path = PathOf(folder, key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ExperimentRecord>(File.ReadAllText(path), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the record atomically (temp file, then rename) so an interruption never leaves half a record.</summary>
    public void Write(string folder)
    {
        var path = PathOf(folder, Key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Options));
        File.Move(temp, path, overwrite: true);
    }
}
