namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// Records what is written and cancels <paramref name="cancel"/> the first time the text written so
/// far contains <paramref name="marker"/> (a progress line, say), so a test can interrupt a command at
/// a known point without a timer.
/// </summary>
internal sealed class CancellingWriter(string marker, CancellationTokenSource cancel) : StringWriter
{
    public override void Write(string? value)
    {
        base.Write(value);
        if (!cancel.IsCancellationRequested && ToString().Contains(marker, StringComparison.Ordinal))
        {
            cancel.Cancel();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
}
