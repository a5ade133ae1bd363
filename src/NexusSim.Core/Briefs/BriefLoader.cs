using System.Globalization;
using System.Text;
using NexusSim.Core.Determinism;
using NexusSim.Core.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Core.Briefs;

/// <summary>
/// Reads a client brief (YAML) strictly: unknown or missing fields, wrong types, anchors, aliases, nesting deeper than
/// <see cref="BriefYamlGuard.MaxDepth"/>, anything but a regular file (<see cref="SafeFileReader"/>) and files
/// over <see cref="MaxBytes"/> are errors that name the file, line and field. Every error is
/// reported at once.
/// </summary>
public static class BriefLoader
{
    /// <summary>Largest brief accepted, checked before parsing.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Loads the brief at <paramref name="path"/>, checked against <paramref name="schema"/> (the engine's when null).</summary>
    public static BriefLoadResult LoadFile(string path, BriefSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = SafeFileReader.ReadText(path, folder: null, MaxBytes);
        return read.Problem switch
        {
            SafeFileProblem.None => Load(read.Text!, path, schema),
            SafeFileProblem.Missing => Fail(path, "brief", $"No brief file at '{path}'. Pass --brief with an existing YAML file (see briefs/)."),
            SafeFileProblem.TooLarge => Fail(path, "brief", string.Create(CultureInfo.InvariantCulture, $"The file is over {MaxBytes:N0} bytes; a brief may be at most {MaxBytes:N0} bytes. Shorten it.")),
            _ => Fail(SafeName(path), "brief", read.Message),
        };
    }

    /// <summary>Loads a brief from text; <paramref name="sourceName"/> names it in errors; checked against <paramref name="schema"/> (the engine's when null).</summary>
    public static BriefLoadResult Load(string text, string sourceName, BriefSchema? schema = null)
    {
        schema ??= BriefSchema.Engine;
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Fail(sourceName, "brief", string.Create(CultureInfo.InvariantCulture, $"The brief is over {MaxBytes:N0} bytes. Shorten it."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(sourceName, "brief", $"The brief is empty. Write the fields {string.Join(", ", schema.Fields.Where(f => f.Required).Select(f => f.Name))}.");
        }

        YamlMappingNode root;
        var parser = new Parser(new StringReader(text));
        try
        {
            if (BriefYamlGuard.Check(text, sourceName) is { } refused)
            {
                return new BriefLoadResult(null, [refused]);
            }

            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return Fail(sourceName, "brief", "A brief is one YAML mapping of fields (client: ..., industry: ...).");
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            return new BriefLoadResult(null, [new BriefError(sourceName, (int)ex.Start.Line, (int)ex.Start.Column, "brief", $"YAML syntax error: {ex.Message}")]);
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            // The scanner gives up without a position on some malformed flow collections ("[a\nb: c").
            var near = parser.Current?.End ?? Mark.Empty;
            return new BriefLoadResult(null, [new BriefError(sourceName, (int)near.Line, (int)near.Column, "brief",
                "YAML syntax error: a flow list or map ([ ... ] or { ... }) is not closed, or a line inside it is malformed. Close the bracket on the same line, or write the list as '- item' lines.")]);
        }

        return new BriefReader(sourceName, root, schema).Read(StableHash.HexOfText(text));
    }

    private static string SafeName(string path) => path.Any(char.IsControl) ? "brief" : path;

    private static BriefLoadResult Fail(string file, string field, string message) =>
        new(null, [new BriefError(file, 0, 0, field, message)]);
}
