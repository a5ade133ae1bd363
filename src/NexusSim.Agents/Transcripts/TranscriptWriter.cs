using System.Text;

namespace NexusSim.Agents.Transcripts;

/// <summary>
/// Appends transcript lines (one JSON object per line) to transcript.jsonl, flushing each line so
/// an interrupted run keeps what it recorded. Thread-safe: parallel turns append whole lines.
/// </summary>
public sealed class TranscriptWriter : IDisposable
{
    /// <summary>The file name in a run folder.</summary>
    public const string FileName = "transcript.jsonl";

    private readonly Lock _gate = new();
    private readonly StreamWriter _writer;
    private readonly Func<string, string> _redact;
    private long _sequence;

    /// <summary>
    /// Creates (or replaces) the transcript at <paramref name="path"/>; every line goes through
    /// <paramref name="redact"/> first (a provider's error may echo the API key back).
    /// </summary>
    public TranscriptWriter(string path, Func<string, string>? redact = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _redact = redact ?? (static text => text);
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true, NewLine = "\n" };
    }

    /// <summary>Reserves the next sequence number and writes the line <paramref name="line"/> builds from it.</summary>
    public void Append(Func<long, string> line)
    {
        ArgumentNullException.ThrowIfNull(line);
        lock (_gate)
        {
            _writer.WriteLine(_redact(line(++_sequence)));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }
}
