using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NexusSim.Core.Briefs;

/// <summary>
/// Walks a brief's YAML events once, before any tree is built, and refuses what a brief does not
/// allow: anchors, aliases (stopping at the first, so an alias bomb costs nothing) and nesting
/// deeper than <see cref="MaxDepth"/> (so 31,000 nested '[' is an error, not a stack overflow).
/// </summary>
internal static class BriefYamlGuard
{
    /// <summary>Deepest nesting accepted; a brief needs two levels.</summary>
    public const int MaxDepth = 8;

    /// <summary>The first refusal as an error at its line, or null when the events are acceptable.</summary>
    /// <exception cref="YamlException">The text is not YAML; the caller reports it.</exception>
    public static BriefError? Check(string text, string sourceName)
    {
        try
        {
            return Walk(new Parser(new StringReader(text)), sourceName);
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            // The scanner gives up on some unclosed flow collections ("[a" then a new line) without a
            // position: nothing was refused before it, and the caller's load reports the syntax.
            return null;
        }
    }

    private static BriefError? Walk(Parser parser, string sourceName)
    {
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return At(sourceName, alias.Start, $"Alias '*{alias.Value}' is not allowed; a brief refuses anchors and aliases. Write the value out in full.");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    return At(sourceName, node.Start, $"Anchor '&{node.Anchor}' is not allowed; a brief refuses anchors and aliases. Remove it.");
            }

            if (parser.Current is SequenceStart or MappingStart && ++depth > MaxDepth)
            {
                return At(sourceName, parser.Current.Start, $"The YAML nests deeper than {MaxDepth} levels. A brief is a flat map of fields; flatten it.");
            }

            if (parser.Current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
        }

        return null;
    }

    private static BriefError At(string file, Mark mark, string message) => new(file, (int)mark.Line, (int)mark.Column, "brief", message);
}
