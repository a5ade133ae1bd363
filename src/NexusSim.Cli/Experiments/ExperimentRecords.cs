using System.Text.Json;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The per-run records in the experiment folder (records/&lt;run-id&gt;.json): a run with a record is
/// finished and is not run again when the experiment is resumed. Written to a temporary file and
/// moved into place, so an interrupted write leaves no record and the run is redone.
/// </summary>
internal sealed class ExperimentRecords
{
    /// <summary>The records' folder under the experiment folder.</summary>
    public const string FolderName = "records";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string _directory;

    public ExperimentRecords(string experimentDirectory)
    {
        _directory = Path.Combine(experimentDirectory, FolderName);
        Directory.CreateDirectory(_directory);
    }

    public ExperimentRecord? Find(string runId)
    {
        var path = PathOf(runId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ExperimentRecord>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            // A damaged record is treated as missing: the run is done again.
            return null;
        }
    }

    public void Save(ExperimentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = PathOf(record.RunId);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string runId) => Path.Combine(_directory, runId + ".json");
}
