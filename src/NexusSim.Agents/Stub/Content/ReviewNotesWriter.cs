using System.Globalization;
using System.Text;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A reviewer's evidence paragraph: each required section checked, quoted by its opening words;
/// the sections missing when the gate checks structure; and how many figure statements carry a
/// source when it checks evidence or analytics. A reviewer reports only what its gate judges, so
/// it never notes a missing section on a gate that passes the work without checking for one.
/// </summary>
internal static class ReviewNotesWriter
{
    private const int QuoteWords = 12;

    public static string Write(string markdown, IReadOnlyList<string> requiredSections, IReadOnlySet<CheckKind> checks)
    {
        var document = DraftDocument.Parse(markdown);
        var notes = new StringBuilder("Evidence checked: ");
        var missing = new List<string>();
        var quoted = new List<string>();
        foreach (var heading in DraftComposer.BodyHeadings(requiredSections))
        {
            var section = document.Find(heading);
            var opening = section is null ? null : TextSpans.Find(section.Lines).Select(s => s.Of(section.Lines)).FirstOrDefault();
            if (opening is null)
            {
                missing.Add(heading);
            }
            else
            {
                quoted.Add($"'{heading}' opens \"{Quote(opening)}\"");
            }
        }

        notes.Append(quoted.Count == 0 ? "no required section has content" : string.Join("; ", quoted)).Append('.');
        if (checks.Contains(CheckKind.Structure))
        {
            notes.Append(missing.Count == 0
                ? " Every required section is present."
                : $" Missing or empty: {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
        }

        if (!checks.Contains(CheckKind.Evidence) && !checks.Contains(CheckKind.Analytics))
        {
            return notes.ToString();
        }

        var spans = document.Body.SelectMany(s => TextSpans.Find(s.Lines).Select(span => span.Of(s.Lines)))
            .Where(t => NumberTokens.Find(t).Count > 0)
            .ToList();
        var cited = spans.Count(t => NumberTokens.Citations(t).Count > 0);
        var listed = document.ListedSources().Entries.Count;
        notes.Append(CultureInfo.InvariantCulture, $" Figure statements with a source: {cited} of {spans.Count}; sources listed: {listed}.");
        return notes.ToString();
    }

    private static string Quote(string text)
    {
        var words = NumberTokens.StripCitations(text).Replace("\"", "'", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= QuoteWords ? string.Join(' ', words) : string.Join(' ', words.Take(QuoteWords)) + " …";
    }
}
