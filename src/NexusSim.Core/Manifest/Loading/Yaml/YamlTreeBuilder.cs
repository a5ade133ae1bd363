using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>
/// Reads one YAML file into located nodes with the low-level parser, refusing what the manifest
/// does not allow: anchors, aliases (stopping at the first, so an alias bomb costs nothing), tags,
/// several documents, deep nesting and duplicate keys. Every problem goes to the diagnostics.
/// </summary>
internal sealed class YamlTreeBuilder
{
    /// <summary>Deepest nesting accepted; the schema needs far less, and it bounds recursion.</summary>
    public const int MaxDepth = 32;

    private readonly IParser _parser;
    private readonly string _file;
    private readonly ManifestDiagnostics _diagnostics;

    private YamlTreeBuilder(string text, string file, ManifestDiagnostics diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses the file's single document; null when it is empty or cannot be read.</summary>
    public static ManifestNode? Parse(string text, string file, ManifestDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new YamlTreeBuilder(text, file, diagnostics).ParseDocument();
    }

    private ManifestNode? ParseDocument()
    {
        try
        {
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                return Empty();
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(1);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var second))
            {
                _diagnostics.Add(At(second.Start), ErrorCodes.MultipleDocuments,
                    "The file holds more than one YAML document.", "Keep one document per file; remove the '---' separator and what follows it.");
            }

            return root is ScalarNode { IsNull: true } ? Empty() : root;
        }
        catch (YamlException ex)
        {
            _diagnostics.Add(At(ex.Start), ErrorCodes.SyntaxError, $"YAML syntax error: {ex.Message}",
                "Fix the YAML at this line (indentation, a missing ':' or an unclosed quote or bracket).");
            return null;
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            // The scanner gives up without a position on some malformed flow collections ("[a\nb: c").
            var near = _parser.Current?.End ?? Mark.Empty;
            _diagnostics.Add(At(near), ErrorCodes.SyntaxError, "YAML syntax error: a flow list or map ([ ... ] or { ... }) is not closed, or a line inside it is malformed.",
                "Close the bracket on the same line, or write the list as '- item' lines.");
            return null;
        }
        catch (RefusedInputException)
        {
            return null;
        }
    }

    private ManifestNode? Empty()
    {
        _diagnostics.Add(new SourceLocation(_file, 1, 1), ErrorCodes.FileEmpty, "The file is empty.",
            "Write the manifest's sections in it, or remove the file.");
        return null;
    }

    private ManifestNode ReadNode(int depth)
    {
        if (_parser.Accept<AnchorAlias>(out var alias))
        {
            _diagnostics.Add(At(alias.Start), ErrorCodes.AliasRefused, $"Alias '*{alias.Value}' is not allowed.",
                "Write the value out in full; the manifest refuses anchors and aliases.");
            throw new RefusedInputException();
        }

        var node = _parser.Consume<NodeEvent>();
        CheckDecorations(node);
        if (depth > MaxDepth)
        {
            _diagnostics.Add(At(node.Start), ErrorCodes.TooDeep, $"The YAML nests deeper than {MaxDepth} levels.",
                "Flatten the structure; no manifest section nests this deep.");
            throw new RefusedInputException();
        }

        return node switch
        {
            Scalar scalar => new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, At(scalar.Start)),
            SequenceStart start => ReadList(start, depth),
            MappingStart start => ReadMap(start, depth),
            _ => throw new YamlException(node.Start, node.End, $"Unexpected YAML event {node.GetType().Name}."),
        };
    }

    private void CheckDecorations(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _diagnostics.Add(At(node.Start), ErrorCodes.AliasRefused, $"Anchor '&{node.Anchor}' is not allowed.",
                "Remove the anchor; the manifest refuses anchors and aliases.");
        }

        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            _diagnostics.Add(At(node.Start), ErrorCodes.TagRefused, $"Tag '{node.Tag}' is not allowed.",
                "Remove the tag; quote the value if it must be read as text.");
        }
    }

    private ListNode ReadList(SequenceStart start, int depth)
    {
        var items = new List<ManifestNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        return new ListNode(items, At(start.Start));
    }

    private MapNode ReadMap(MappingStart start, int depth)
    {
        var entries = new List<MapEntry>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (key is not ScalarNode scalarKey)
            {
                _diagnostics.Add(key.Location, ErrorCodes.KeyNotText, "A map key must be plain text, not a list or map.",
                    "Use a snake_case word as the key.");
                continue;
            }

            if (seen.TryGetValue(scalarKey.Value, out var first))
            {
                _diagnostics.Add(scalarKey.Location, ErrorCodes.DuplicateKey,
                    $"Key '{scalarKey.Value}' appears twice in this map (first at line {first.Location.Line}).",
                    "Remove one of the two; a key may appear once per map.");
                continue;
            }

            seen.Add(scalarKey.Value, scalarKey);
            entries.Add(new MapEntry(scalarKey, value));
        }

        return new MapNode(entries, At(start.Start), start.Style == MappingStyle.Flow);
    }

    private SourceLocation At(Mark mark) => new(_file, (int)mark.Line, (int)mark.Column);
}
