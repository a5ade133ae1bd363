using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// The repetition measurement's own reading of a deliverable (written for the test; it reads neither
/// prompts/content nor the stub's code): its prose paragraphs and their sentences. A paragraph is a
/// body line that is neither a heading, a table row, the <c>Key facts:</c> line nor an entry of the
/// Sources list; a list item is a paragraph. Citation markers (<c>[S3]</c>) are removed, since their
/// numbering is an artefact of order, not of wording.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>The prose paragraphs of <paramref name="markdown"/>, citation markers removed, list markers kept off.</summary>
    public static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var paragraphs = new List<string>();
        var inSources = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inSources = line.TrimStart('#').Trim().Equals("Sources", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inSources || line.Length == 0 || line.StartsWith('|') || line.StartsWith("Key facts:", StringComparison.Ordinal))
            {
                continue;
            }

            var text = Spaces().Replace(Citation().Replace(ListMarker().Replace(line, string.Empty), string.Empty), " ").Trim();
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    /// <summary>The sentences of a paragraph: split after <c>.</c>, <c>!</c> or <c>?</c> followed by a space and a capital, digit, quote or bracket.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph) =>
        [.. SentenceEnd().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"\s*\[S\d+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:[-*+]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“(\[$])")]
    private static partial Regex SentenceEnd();
}
