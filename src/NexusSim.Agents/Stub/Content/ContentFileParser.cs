namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Reads the content format. A file is a list of blocks; a block starts with <c># kind: name</c>,
/// continues with <c>key: value</c> attribute lines and then one or more <c>## variant</c> bodies
/// (Markdown); a <c>## variant</c> line may carry a tag (<see cref="VariantStages"/>). Blank lines and whole-line <c>&lt;!-- comments --&gt;</c> are
/// skipped (a comment may span lines), inside a variant too: a note the library keeps for its editors before the
/// next block sits, in the file, at the end of the variant above it, and is never a deliverable's text. Anything
/// else is an error naming the file and line.
/// </summary>
internal static class ContentFileParser
{
    public const string VariantHeading = "## variant";

    public static IReadOnlyList<ContentBlock> Parse(string filePath, string text)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<ContentBlock>();
        BlockBuilder? current = null;
        var commentStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var number = i + 1;
            if (commentStart > 0)
            {
                commentStart = line.Contains("-->", StringComparison.Ordinal) ? 0 : commentStart;
                continue;
            }

            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal) && !line.Contains("-->", StringComparison.Ordinal))
            {
                commentStart = number;
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    blocks.Add(current.Build());
                }

                current = StartBlock(filePath, number, line);
            }
            else if (current is null)
            {
                if (!IsSkippable(line))
                {
                    throw new ContentLibraryException(filePath, number, "Expected a block heading '# <kind>: <name>' before any content.");
                }
            }
            else if (line.Trim() == VariantHeading || line.Trim().StartsWith(VariantHeading + " ", StringComparison.Ordinal))
            {
                current.StartVariant(number, VariantStages.Parse(line.Trim()[VariantHeading.Length..], filePath, number));
            }
            else if (current.InVariant)
            {
                if (IsComment(line))
                {
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    throw new ContentLibraryException(filePath, number, $"A variant may not contain a '## ' heading ('{line}'); use '### ' inside a section, or '{VariantHeading}' to start a new variant.");
                }

                current.AddVariantLine(line);
            }
            else if (!IsSkippable(line))
            {
                current.AddAttribute(line, number);
            }
        }

        if (commentStart > 0)
        {
            throw new ContentLibraryException(filePath, commentStart, "Comment '<!--' is never closed with '-->'.");
        }

        if (current is not null)
        {
            blocks.Add(current.Build());
        }

        return blocks;
    }

    private static bool IsSkippable(string line) => line.Trim().Length == 0 || IsComment(line);

    private static bool IsComment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal);
    }

    private static BlockBuilder StartBlock(string filePath, int number, string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new ContentLibraryException(filePath, number, $"A block heading must read '# <kind>: <name>', got '{line}'.");
        }

        var kind = line[2..colon].Trim().ToLowerInvariant();
        var name = line[(colon + 1)..].Trim();
        if (kind.Length == 0 || name.Length == 0)
        {
            throw new ContentLibraryException(filePath, number, $"A block heading needs both a kind and a name, got '{line}'.");
        }

        return new BlockBuilder(filePath, number, kind, name);
    }

    private sealed class BlockBuilder(string filePath, int line, string kind, string name)
    {
        private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);
        private readonly List<ContentVariant> _variants = [];
        private List<string>? _variantLines;
        private int _variantLine;
        private VariantStage _variantStage;

        public bool InVariant => _variantLines is not null;

        public void AddAttribute(string text, int number)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ContentLibraryException(filePath, number, $"Expected 'key: value' or '{VariantHeading}' in block '{kind}: {name}', got '{text.Trim()}'.");
            }

            var key = text[..colon].Trim().ToLowerInvariant();
            if (!_attributes.TryAdd(key, text[(colon + 1)..].Trim()))
            {
                throw new ContentLibraryException(filePath, number, $"Attribute '{key}' is given twice in block '{kind}: {name}'.");
            }
        }

        public void StartVariant(int number, VariantStage stage)
        {
            CloseVariant();
            _variantLines = [];
            _variantLine = number + 1;
            _variantStage = stage;
        }

        public void AddVariantLine(string text) => _variantLines!.Add(text);

        public ContentBlock Build()
        {
            CloseVariant();
            return new ContentBlock(kind, name, _attributes, _variants, filePath, line);
        }

        private void CloseVariant()
        {
            if (_variantLines is null)
            {
                return;
            }

            var lines = _variantLines;
            var first = _variantLine;
            while (lines.Count > 0 && lines[0].Trim().Length == 0)
            {
                lines.RemoveAt(0);
                first++;
            }

            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count == 0)
            {
                throw new ContentLibraryException(filePath, _variantLine - 1, $"Empty variant in block '{kind}: {name}'.");
            }

            _variants.Add(new ContentVariant(lines, filePath, first, _variantStage));
            _variantLines = null;
        }
    }
}
