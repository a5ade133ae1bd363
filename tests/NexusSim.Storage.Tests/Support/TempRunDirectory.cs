namespace NexusSim.Storage.Tests.Support;

/// <summary>A fresh temporary run directory and key path, deleted on dispose.</summary>
internal sealed class TempRunDirectory : IDisposable
{
    public TempRunDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "nexussim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string RunDirectory => Path.Combine(Root, "run");

    public string KeyPath => Path.Combine(Root, "profile", ".nexussim", "checkpoint.key");

    public string CheckpointPath => Path.Combine(RunDirectory, "audit.checkpoint.json");

    public SqliteJournalOptions Options(int checkpointInterval = 32) => new()
    {
        CheckpointInterval = checkpointInterval,
        CheckpointKeyPath = KeyPath,
        TimeProvider = new FixedTimeProvider(Samples.Start),
    };

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
