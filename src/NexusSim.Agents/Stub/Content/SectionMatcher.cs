using System.Collections.Concurrent;
using System.Text;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Picks the template for a heading: an exact match of the normalized heading with a template's
/// heading or alias first; else the template whose keywords best match the heading's words
/// (ties go to the earlier template); else the generic fallback. A library's answer for a heading
/// never changes, so an instance (one per loaded library, owned by its composer) works it out once
/// per heading (at most <see cref="MaxRememberedHeadings"/> headings); nothing is remembered
/// process-wide.
/// </summary>
internal sealed class SectionMatcher(LibraryData library)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "of", "the", "for", "to", "in", "on", "by", "with", "our", "your",
    };

    /// <summary>Headings remembered per library; more are matched each time.</summary>
    public const int MaxRememberedHeadings = 4096;

    private readonly ConcurrentDictionary<string, SectionTemplate> _known = new(StringComparer.Ordinal);

    /// <summary>The library this matcher answers from.</summary>
    public LibraryData Library => library;

    /// <summary>The template for <paramref name="heading"/> in this matcher's library, remembered.</summary>
    public SectionTemplate Find(string heading)
    {
        if (_known.TryGetValue(heading, out var template))
        {
            return template;
        }

        template = Match(library, heading);
        if (_known.Count < MaxRememberedHeadings)
        {
            _known.TryAdd(heading, template);
        }

        return template;
    }

    /// <summary>The template for <paramref name="heading"/> in <paramref name="library"/>, worked out afresh.</summary>
    public static SectionTemplate Match(LibraryData library, string heading)
    {
        var key = Key(heading);
        foreach (var template in library.Sections)
        {
            if (Key(template.Heading) == key || template.Aliases.Any(a => Key(a) == key))
            {
                return template;
            }
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).ToList();
        SectionTemplate? best = null;
        var bestScore = 0;
        foreach (var template in library.Sections)
        {
            var score = Score(words, key, template.Keywords);
            if (score > bestScore)
            {
                best = template;
                bestScore = score;
            }
        }

        return best ?? library.GenericSection;
    }

    /// <summary>Lower case, '&amp;' read as 'and', punctuation as space, whitespace collapsed.</summary>
    public static string Key(string text)
    {
        // One pass: each run of letters and digits (lower-cased) is a word, '&' is the word "and",
        // every other character separates words; words are joined by single spaces.
        var builder = new StringBuilder(text.Length + 8);
        var inWord = false;
        foreach (var raw in text)
        {
            if (raw == '&')
            {
                AppendWord(builder, "and");
                inWord = false;
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            inWord = true;
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(word);
    }

    private static int Score(List<string> words, string key, IReadOnlyList<string> keywords)
    {
        var score = 0;
        foreach (var keyword in keywords.Select(Key).Where(k => k.Length > 0))
        {
            if (keyword.Contains(' ', StringComparison.Ordinal))
            {
                score += (" " + key + " ").Contains(" " + keyword + " ", StringComparison.Ordinal) ? 2 : 0;
            }
            else if (words.Any(w => w == keyword || (keyword.Length >= 4 && w.StartsWith(keyword, StringComparison.Ordinal))))
            {
                score++;
            }
        }

        return score;
    }
}
