namespace NexusSim.Cli.Reporting;

/// <summary>A line diff (longest common subsequence) between two versions of a deliverable.</summary>
internal static class LineDiff
{
    /// <summary>One changed line: '+' added, '-' removed.</summary>
    internal readonly record struct Change(char Kind, string Line);

    /// <summary>The lines removed from <paramref name="before"/> and added in <paramref name="after"/>, in document order.</summary>
    public static IReadOnlyList<Change> Compute(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var changes = new List<Change>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                changes.Add(new Change('-', a[x++]));
            }
            else
            {
                changes.Add(new Change('+', b[y++]));
            }
        }

        return changes;
    }

    private static string[] Split(string text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
