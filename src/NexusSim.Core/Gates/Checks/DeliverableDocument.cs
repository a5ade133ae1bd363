namespace NexusSim.Core.Gates;

/// <summary>
/// A deliverable split the way every check reads it: the <c>#</c> title, the front matter (the
/// lines between the title and the first <c>##</c>: metadata and the Key facts line) and the
/// <c>##</c> sections in order. <c>###</c> and deeper headings stay inside their section.
/// </summary>
internal sealed class DeliverableDocument
{
    /// <summary>The heading of the section that lists sources.</summary>
    public const string SourcesHeading = "Sources";

    private DeliverableDocument(string? title, IReadOnlyList<string> frontMatter, IReadOnlyList<DocumentSection> sections)
    {
        Title = title;
        FrontMatter = frontMatter;
        Sections = sections;
    }

    public string? Title { get; }

    public IReadOnlyList<string> FrontMatter { get; }

    public IReadOnlyList<DocumentSection> Sections { get; }

    /// <summary>The last section headed Sources, if any.</summary>
    public DocumentSection? Sources => Sections.LastOrDefault(s => IsSources(s.Heading));

    /// <summary>Every section except Sources.</summary>
    public IEnumerable<DocumentSection> BodySections => Sections.Where(s => !IsSources(s.Heading));

    /// <summary>Everything but the Sources section (title, front matter, headings and lines), one line per line.</summary>
    public string TextOutsideSources =>
        JoinOutsideSources(Title, FrontMatter.Count > 0 ? string.Join('\n', FrontMatter) : null, BodySections.Select(s => s.Text));

    /// <summary>
    /// The text outside Sources from its parts: the title (empty when there is none), the front
    /// matter's lines joined (null when it has none) and each body section's <see cref="DocumentSection.Text"/>,
    /// one line feed between parts. <see cref="DeliverableReading"/> joins the same parts from memory.
    /// </summary>
    internal static string JoinOutsideSources(string? title, string? frontMatter, IEnumerable<string> sectionTexts)
    {
        var parts = new List<string> { title ?? string.Empty };
        if (frontMatter is not null)
        {
            parts.Add(frontMatter);
        }

        parts.AddRange(sectionTexts);
        return string.Join('\n', parts);
    }

    public static DeliverableDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? title = null;
        var front = new List<string>();
        var sections = new List<DocumentSection>();
        string? heading = null;
        var headingLine = 0;
        var body = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (heading is not null)
                {
                    sections.Add(new DocumentSection(heading, headingLine, body));
                }

                heading = line[3..].Trim();
                headingLine = i + 1;
                body = [];
            }
            else if (heading is not null)
            {
                body.Add(line);
            }
            else if (title is null && line.StartsWith("# ", StringComparison.Ordinal))
            {
                title = line[2..].Trim();
            }
            else
            {
                front.Add(line);
            }
        }

        if (heading is not null)
        {
            sections.Add(new DocumentSection(heading, headingLine, body));
        }

        return new DeliverableDocument(title, front, sections);
    }

    /// <summary>Headings compare case-insensitively with whitespace collapsed.</summary>
    public static string NormalizeHeading(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
    }

    public static bool IsSources(string heading) =>
        NormalizeHeading(heading) == SourcesHeading.ToLowerInvariant();
}
