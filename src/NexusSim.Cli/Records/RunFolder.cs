using NexusSim.Core.Engagements;
using System.Globalization;
using System.Text.Json;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Records;

/// <summary>One run kept in the output directory, read from its summary.json.</summary>
internal sealed class RunFolder
{
    private RunFolder(string directory, JsonElement summary)
    {
        Directory = directory;
        Summary = summary;
    }

    /// <summary>The run's folder.</summary>
    public string Directory { get; }

    /// <summary>The run id (the folder's name).</summary>
    public string Id => Path.GetFileName(Directory);

    /// <summary>summary.json's root object.</summary>
    public JsonElement Summary { get; }

    /// <summary>Every run under <paramref name="outDirectory"/> with a readable summary.json, by start time then id (staging, lock and aside folders are skipped).</summary>
    public static IReadOnlyList<RunFolder> All(string outDirectory)
    {
        if (!System.IO.Directory.Exists(outDirectory))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateDirectories(outDirectory)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Select(Read)
            .OfType<RunFolder>()
            .OrderBy(r => r.Field("started_at"), StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>A run given by id (under <paramref name="outDirectory"/>) or by its folder's path; null when neither holds a summary.json.</summary>
    public static RunFolder? Find(string run, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Length == 0 || run.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        return (System.IO.Directory.Exists(run) ? Read(Path.GetFullPath(run)) : null) ?? Read(Path.Combine(Path.GetFullPath(outDirectory), run));
    }

    /// <summary>A top-level field as text ("-" when absent or null).</summary>
    public string Field(string name) => Summary.TryGetProperty(name, out var value) ? Text(value) : "-";

    /// <summary>
    /// Every field in file order, nested objects and lists flattened (<see cref="SummaryFields"/>), except the
    /// settings and the deliverables, which <see cref="Settings"/>, <see cref="Deliverables"/> and <see cref="DeliverableFields"/> give.
    /// </summary>
    public IEnumerable<(string Name, string Value)> Fields() =>
        Summary.EnumerateObject().Where(p => !OwnRows(p)).SelectMany(p => SummaryFields.Flatten(p.Name, p.Value));

    /// <summary>The settings the run recorded (empty for runs made before settings were recorded).</summary>
    public IEnumerable<(string Name, string Value)> Settings() =>
        Summary.TryGetProperty("settings", out var settings) && settings.ValueKind == JsonValueKind.Object
            ? settings.EnumerateObject().Select(p => (p.Name, Text(p.Value)))
            : [];

    /// <summary>Each deliverable as id and "status, N versions, N verdicts".</summary>
    public IEnumerable<(string Id, string State)> Deliverables() =>
        Summary.TryGetProperty("deliverables", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(d => (Prop(d, "id"), $"{Prop(d, "status")}, {CountWords.Of(Prop(d, "versions"), "version")}, {CountWords.Of(Prop(d, "gate_verdicts"), "verdict")}"))
            : [];

    /// <summary>
    /// Every field of every deliverable, in file order, named "&lt;id&gt;.&lt;field&gt;" and flattened as the run's fields are
    /// (<see cref="SummaryFields"/>), so a field added to the deliverable lines later shows too; a list of plain values
    /// gets one row per item ("&lt;id&gt;.caveats[0]"), as its items are sentences that may hold commas themselves.
    /// </summary>
    public IEnumerable<(string Name, string Value)> DeliverableFields() =>
        Summary.TryGetProperty("deliverables", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object).SelectMany(d => d.EnumerateObject().SelectMany(p => DeliverableField(Prop(d, "id"), p)))
            : [];

    private static IEnumerable<(string Name, string Value)> DeliverableField(string id, JsonProperty field)
    {
        var name = $"{id}.{field.Name}";
        if (field.Value.ValueKind == JsonValueKind.Array && field.Value.GetArrayLength() > 0
            && field.Value.EnumerateArray().All(i => i.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)))
        {
            return field.Value.EnumerateArray().Select((item, index) => (string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"), Text(item)));
        }

        return SummaryFields.Flatten(name, field.Value);
    }

    private static string Prop(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : "-";

    private static string Text(JsonElement value) => SummaryFields.Text(value);

    private static bool OwnRows(JsonProperty field) =>
        (field.NameEquals("settings") && field.Value.ValueKind == JsonValueKind.Object)
        || (field.NameEquals("deliverables") && field.Value.ValueKind == JsonValueKind.Array);

    private static RunFolder? Read(string directory)
    {
        var path = Path.Combine(directory, RunOutputWriter.SummaryFile);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > 16 * 1024 * 1024)
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object ? new RunFolder(directory, document.RootElement.Clone()) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
