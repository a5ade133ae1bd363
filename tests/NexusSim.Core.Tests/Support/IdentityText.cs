namespace NexusSim.Core.Tests.Support;

/// <summary>Reads identity files the way the content rules judge them: words, and paragraphs that are not headings.</summary>
internal static class IdentityText
{
    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Blank-line-separated blocks, whitespace collapsed, headings left out.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0 && !p.StartsWith('#'));
}
