using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Core.Files;

/// <summary>
/// Loads a YAML text into a <see cref="YamlStream"/> for the readers of small YAML inputs (overlays,
/// experiment files, decisions files, brief schemas). YamlDotNet reports most bad syntax as a
/// <see cref="YamlException"/> with a position, but its scanner gives up on some malformed flow
/// collections ("[a" then a new line) with a bare <see cref="InvalidOperationException"/>; both come
/// back as a <see cref="YamlSyntaxError"/> instead of escaping as a crash.
/// </summary>
public static class YamlStreamLoader
{
    /// <summary>The stream of <paramref name="text"/>, or null and <paramref name="error"/> saying why not.</summary>
    public static YamlStream? Load(TextReader text, out YamlSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            error = null;
            return stream;
        }
        catch (YamlException ex)
        {
            error = new YamlSyntaxError((int)ex.Start.Line, (int)ex.Start.Column, ex.Message, "Fix the YAML syntax at that line.");
            return null;
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            var near = parser.Current?.End ?? Mark.Empty;
            error = new YamlSyntaxError((int)near.Line, (int)near.Column, "A flow list or map ([ ... ] or { ... }) is not closed, or a line inside it is malformed.",
                "Close the bracket on the same line, or write the list as '- item' lines.");
            return null;
        }
    }
}
