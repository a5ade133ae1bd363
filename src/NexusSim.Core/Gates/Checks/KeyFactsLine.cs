using System.Text.RegularExpressions;

namespace NexusSim.Core.Gates;

/// <summary>
/// The key-facts convention: in the front matter (between the title and the first <c>##</c>) a
/// line <c>Key facts: name = value; name = value</c> (the label may be bold) states the figures the
/// engagement's deliverables must agree on. Names compare case-insensitively with <c>_</c> read as
/// a space; values compare with citation markers removed and whitespace collapsed.
/// </summary>
public static partial class KeyFactsLine
{
    /// <summary>The label that starts the line.</summary>
    public const string Label = "Key facts:";

    /// <summary>The key facts of a deliverable, by normalized name (first occurrence wins).</summary>
    public static IReadOnlyDictionary<string, string> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Read(DeliverableDocument.Parse(markdown));
    }

    /// <summary>The key facts of a parsed deliverable (see <see cref="Parse"/>).</summary>
    internal static IReadOnlyDictionary<string, string> Read(DeliverableDocument document) => Read(document.FrontMatter);

    /// <summary>The key facts of a deliverable's front matter <paramref name="frontMatter"/> (see <see cref="Parse"/>).</summary>
    internal static IReadOnlyDictionary<string, string> Read(IReadOnlyList<string> frontMatter)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in frontMatter)
        {
            var match = KeyFactsPrefix().Match(line);
            if (!match.Success)
            {
                continue;
            }

            foreach (var pair in line[match.Length..].Split(';'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var name = NormalizeName(pair[..equals]);
                var value = Collapse(Figures.StripCitations(pair[(equals + 1)..]));
                if (name.Length > 0)
                {
                    facts.TryAdd(name, value);
                }
            }
        }

        return facts;
    }

    /// <summary>A key name as compared: lower case, <c>_</c> as space, whitespace collapsed.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Collapse(name.Replace('_', ' ').Replace("*", string.Empty, StringComparison.Ordinal)).ToLowerInvariant();
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\s*\**\s*key facts\s*:\s*\**\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyFactsPrefix();
}
