namespace NexusSim.Cli.Records;

/// <summary>Another process is writing the same run (same id, same output folder) right now.</summary>
internal sealed class RunInUseException : Exception
{
    public RunInUseException()
    {
    }

    public RunInUseException(string message)
        : base(message)
    {
    }

    public RunInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RunInUseException(string runId, string lockPath, string? holder)
        : base($"run '{runId}' is being written by another nexussim process{(holder is null ? string.Empty : $" (pid {holder})")}; its lock file is {lockPath}. " +
            "Wait for that run to finish and run again (the same inputs give the same run), or choose another --out or --run-id.")
    {
    }
}
