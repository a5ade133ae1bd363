using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A draft as editable parts: the <c>#</c> title, the front matter and the <c>##</c> sections
/// (split the way the gate checks split a deliverable), written back in one canonical layout.
/// </summary>
internal sealed partial class DraftDocument
{
    public const string SourcesHeading = "Sources";

    public string Title { get; set; } = string.Empty;

    public List<string> Front { get; } = [];

    public List<DraftSection> Sections { get; } = [];

    public IEnumerable<DraftSection> Body => Sections.Where(s => !s.IsSources);

    public DraftSection? Sources => Sections.LastOrDefault(s => s.IsSources);

    public static string Normalize(string heading) =>
        string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static DraftDocument Parse(string markdown)
    {
        var document = new DraftDocument();
        DraftSection? current = null;
        var titleSeen = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new DraftSection(line[3..].Trim(), []);
                document.Sections.Add(current);
            }
            else if (current is not null)
            {
                current.Lines.Add(line);
            }
            else if (!titleSeen && line.StartsWith("# ", StringComparison.Ordinal))
            {
                document.Title = line[2..].Trim();
                titleSeen = true;
            }
            else
            {
                document.Front.Add(line);
            }
        }

        Trim(document.Front);
        foreach (var section in document.Sections)
        {
            Trim(section.Lines);
        }

        return document;
    }

    public DraftSection? Find(string heading) => Sections.FirstOrDefault(s => s.Normalized == Normalize(heading));

    /// <summary>The sources the Sources section lists, as number and description.</summary>
    public SourceRegistry ListedSources()
    {
        var registry = new SourceRegistry();
        foreach (var line in Sources?.Lines ?? [])
        {
            var match = SourceEntry().Match(line);
            if (match.Success)
            {
                registry.Add(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value.Trim());
            }
        }

        return registry;
    }

    /// <summary>Replaces (or adds, last) the Sources section with the registry's entries.</summary>
    public void SetSources(SourceRegistry registry)
    {
        Sections.RemoveAll(s => s.IsSources);
        Sections.Add(new DraftSection(
            SourcesHeading,
            registry.Entries.Select(e => $"- [S{e.Key.ToString(CultureInfo.InvariantCulture)}] {e.Value}")));
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title).Append('\n');
        if (Front.Count > 0)
        {
            text.Append('\n');
            foreach (var line in Front)
            {
                text.Append(line).Append('\n');
            }
        }

        foreach (var section in Sections)
        {
            text.Append("\n## ").Append(section.Heading).Append("\n\n");
            foreach (var line in section.Lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Trim(List<string> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    [GeneratedRegex(@"^\s*[-*]\s+\[S(\d{1,6})\]\s*(.*)$")]
    private static partial Regex SourceEntry();
}
