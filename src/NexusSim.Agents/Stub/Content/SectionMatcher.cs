using System.Collections.Concurrent;
using System.Text;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Picks the template for a heading of a deliverable of a service line: an exact match of the
/// normalized heading with the heading or alias of a template written for that line
/// (<see cref="SectionTemplate.ServiceLines"/>) first, then with one written for any line; else the
/// template (of that line or any) whose keywords best match the heading's words (ties go to the
/// earlier template); else the generic fallback. A template written for other lines never answers. A
/// library's answer for a heading and line never changes, so an instance (one per loaded library,
/// owned by its composer) works it out once per pair (at most <see cref="MaxRememberedHeadings"/>);
/// nothing is remembered process-wide.
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

    /// <summary>
    /// The template for <paramref name="heading"/> of a deliverable of the service line named
    /// <paramref name="serviceLineName"/> (null: no line, so only templates written for any line) in this
    /// matcher's library, remembered.
    /// </summary>
    public SectionTemplate Find(string heading, string? serviceLineName = null)
    {
        var remembered = heading + "\n" + serviceLineName;
        if (_known.TryGetValue(remembered, out var template))
        {
            return template;
        }

        template = Match(library, heading, serviceLineName);
        if (_known.Count < MaxRememberedHeadings)
        {
            _known.TryAdd(remembered, template);
        }

        return template;
    }

    /// <summary>The template for <paramref name="heading"/> (of the line <paramref name="serviceLineName"/>) in <paramref name="library"/>, worked out afresh.</summary>
    public static SectionTemplate Match(LibraryData library, string heading, string? serviceLineName = null)
    {
        var key = Key(heading);
        var candidates = library.Sections.Where(t => t.IsFor(serviceLineName))
            .Concat(library.Sections.Where(t => t.ServiceLines.Count == 0))
            .ToList();
        foreach (var template in candidates)
        {
            if (Key(template.Heading) == key || template.Aliases.Any(a => Key(a) == key))
            {
                return template;
            }
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).ToList();
        SectionTemplate? best = null;
        var bestScore = 0;
        foreach (var template in library.Sections.Where(t => t.ServiceLines.Count == 0 || t.IsFor(serviceLineName)))
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
