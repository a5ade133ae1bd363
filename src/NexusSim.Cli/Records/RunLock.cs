using System.Globalization;

namespace NexusSim.Cli.Records;

/// <summary>
/// The lock file <c>.&lt;run-id&gt;.lock</c> beside a run's staging folder: while one process holds it
/// (an exclusive, non-shared open, which the OS releases when the process dies), no other process
/// may write that run. A lock file left by a crashed process is taken over.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream _stream;

    private RunLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock of <paramref name="runId"/> in <paramref name="outDirectory"/>, or throws <see cref="RunInUseException"/>.</summary>
    public static RunLock Acquire(string outDirectory, string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDirectory);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        Directory.CreateDirectory(outDirectory);
        var path = System.IO.Path.Combine(outDirectory, $".{runId}.lock");
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new RunInUseException(runId, path, Holder(path));
        }

        stream.SetLength(0);
        var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(pid);
        stream.Flush();
        return new RunLock(path, stream);
    }

    /// <summary>Releases the lock and deletes the lock file.</summary>
    public void Dispose() => _stream.Dispose();

    // The holder's process id, when the lock file can be read (best effort: only for the message).
    private static string? Holder(string path)
    {
        try
        {
            using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var buffer = new byte[32];
            var read = reader.Read(buffer);
            var text = System.Text.Encoding.ASCII.GetString(buffer, 0, read).Trim();
            return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
