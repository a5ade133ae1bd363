using System.Text.Json;

namespace NexusSim.Cli.Tests.Support;

/// <summary>The files of one finished run directory (out/&lt;run-id&gt;/).</summary>
internal sealed class RunOutput
{
    private RunOutput(string directory)
    {
        Directory = directory;
        SummaryText = File.ReadAllText(System.IO.Path.Combine(directory, "summary.json"));
        using var document = JsonDocument.Parse(SummaryText);
        Summary = document.RootElement.Clone();
    }

    public string Directory { get; }

    public string RunId => System.IO.Path.GetFileName(Directory);

    public string SummaryText { get; }

    public JsonElement Summary { get; }

    public string AuditPath => System.IO.Path.Combine(Directory, "audit.jsonl");

    /// <summary>The only run directory under <paramref name="outDirectory"/> (fails when there is not exactly one).</summary>
    public static RunOutput Single(string outDirectory)
    {
        var runs = System.IO.Directory.GetDirectories(outDirectory);
        Assert.Single(runs);
        return new RunOutput(runs[0]);
    }

    public static RunOutput At(string runDirectory) => new(runDirectory);

    public long Number(string field) => Summary.GetProperty(field).GetInt64();

    /// <summary>Every agent turn the run journaled (run.db's <c>steps</c> of kind <c>turn</c>), in journal order.</summary>
    public async Task<IReadOnlyList<JsonElement>> TurnStepsAsync()
    {
        var turns = new List<JsonElement>();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={System.IO.Path.Combine(Directory, "run.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT result_json FROM steps WHERE kind = 'turn' ORDER BY step_key;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var document = JsonDocument.Parse(reader.GetString(0));
            turns.Add(document.RootElement.Clone());
        }

        return turns;
    }

    public string Text(string field) => Summary.GetProperty(field).GetString()!;

    /// <summary>The deliverables array of summary.json as (id, status) pairs.</summary>
    public IReadOnlyList<(string Id, string Status)> Deliverables() =>
        [.. Summary.GetProperty("deliverables").EnumerateArray().Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("status").GetString()!))];

    /// <summary>The deliverable files, by file name without extension, with their bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> DeliverableFiles() =>
        System.IO.Directory.GetFiles(System.IO.Path.Combine(Directory, "deliverables"), "*.md")
            .ToDictionary(f => System.IO.Path.GetFileNameWithoutExtension(f), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Every audit.jsonl entry, parsed.</summary>
    public IReadOnlyList<JsonElement> Audit() =>
        [.. File.ReadAllLines(AuditPath).Where(l => l.Length > 0).Select(l =>
        {
            using var entry = JsonDocument.Parse(l);
            return entry.RootElement.Clone();
        })];
}
