namespace NexusSim.Cli.Approvals;

/// <summary>
/// A human's decision text (a reason, which may become a caveat) as the run keeps it: NUL characters
/// (never meant in a reason, and invisible in every output that would carry them) and unpaired
/// surrogates, which no UTF-8 output file can hold, are dropped. Every other character is kept; each
/// output escapes it as its format needs.
/// </summary>
internal static class DecisionText
{
    /// <summary><paramref name="text"/> without NUL characters and unpaired surrogates.</summary>
    public static string Keepable(string text) => Documents.UnicodeFilter.Without(text, static c => c == '\0');
}
