using NexusSim.Core.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Core.Briefs;

/// <summary>
/// Reads a firm's <c>brief-schema.yaml</c>: a <c>fields:</c> mapping of field name to
/// <c>{type: text|integer|list, required: true|false}</c>. An engine field may be listed only to
/// make an optional one required (with its engine type); other names add firm fields. Every error
/// names the file, line and field (code <see cref="ErrorCode"/>).
/// </summary>
public static class BriefSchemaLoader
{
    /// <summary>The error code of a malformed brief schema (see docs/manifest-errors.md).</summary>
    public const string ErrorCode = Manifest.Loading.ErrorCodes.BriefSchemaInvalid;

    private const int MaxBytes = 64 * 1024;

    private static readonly Dictionary<string, BriefFieldType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = BriefFieldType.Text,
        ["integer"] = BriefFieldType.Integer,
        ["list"] = BriefFieldType.List,
    };

    /// <summary>
    /// The schema of the firm whose manifest is in <paramref name="manifestDirectory"/>: the engine's
    /// schema when the folder has no <see cref="BriefSchema.FileName"/>.
    /// </summary>
    public static (BriefSchema? Schema, IReadOnlyList<BriefError> Errors) ForFirm(string manifestDirectory)
    {
        ArgumentNullException.ThrowIfNull(manifestDirectory);
        var path = Path.Combine(manifestDirectory, BriefSchema.FileName);
        if (!File.Exists(path))
        {
            return (BriefSchema.Engine, []);
        }

        var read = SafeFileReader.ReadText(path, manifestDirectory, MaxBytes);
        return read.Ok ? Load(read.Text!, path) : (null, [Error(path, Mark.Empty, "brief-schema", read.Message)]);
    }

    /// <summary>Parses schema text; <paramref name="sourceName"/> names it in errors.</summary>
    public static (BriefSchema? Schema, IReadOnlyList<BriefError> Errors) Load(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        YamlMappingNode? root;
        try
        {
            if (BriefYamlGuard.Check(text, sourceName) is { } refused)
            {
                return (null, [refused with { Message = refused.Message + $" ({ErrorCode})" }]);
            }

            if (YamlStreamLoader.Load(new StringReader(text), out var syntax) is not { } stream)
            {
                return (null, [new BriefError(sourceName, syntax!.Line, syntax.Column, "brief-schema", $"YAML syntax error: {syntax.Message} {syntax.Fix}")]);
            }

            root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException ex)
        {
            return (null, [Error(sourceName, ex.Start, "brief-schema", $"YAML syntax error: {ex.Message}")]);
        }

        if (root is null || root.Children.Count != 1 || !root.Children.TryGetValue(new YamlScalarNode("fields"), out var fieldsNode) || fieldsNode is not YamlMappingNode fields)
        {
            return (null, [Error(sourceName, root?.Start ?? Mark.Empty, "fields", "A brief schema is one mapping 'fields:' of field name to {type: text|integer|list, required: true|false}.")]);
        }

        var errors = new List<BriefError>();
        var specs = new List<BriefFieldSpec>([.. BriefSchema.EngineRequired, .. BriefSchema.EngineOptional]);
        foreach (var (keyNode, value) in fields.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (Read(sourceName, name, keyNode, value, errors) is not { } spec)
            {
                continue;
            }

            var index = specs.FindIndex(s => s.Name == name);
            if (index < 0)
            {
                specs.Add(spec);
            }
            else if (specs[index].Type != spec.Type)
            {
                errors.Add(Error(sourceName, value.Start, name, $"'{name}' is an engine field of type {specs[index].Type.ToString().ToLowerInvariant()}; declare it with that type or leave it out."));
            }
            else if (specs[index].Required && !spec.Required)
            {
                errors.Add(Error(sourceName, value.Start, name, $"'{name}' is required by the engine for every firm; it cannot be made optional. Remove it from the schema."));
            }
            else
            {
                specs[index] = spec;
            }
        }

        return errors.Count == 0 ? (new BriefSchema(specs, sourceName), []) : (null, errors);
    }

    private static BriefFieldSpec? Read(string file, string name, YamlNode keyNode, YamlNode value, List<BriefError> errors)
    {
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            errors.Add(Error(file, keyNode.Start, name, $"Field name '{name}' must be lower-case letters, digits and '_'."));
            return null;
        }

        if (value is not YamlMappingNode map)
        {
            errors.Add(Error(file, value.Start, name, $"'{name}' must be a mapping {{type: text|integer|list, required: true|false}}."));
            return null;
        }

        BriefFieldType? type = null;
        var required = false;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            var text = (v as YamlScalarNode)?.Value ?? string.Empty;
            if (key == "type" && Types.TryGetValue(text, out var t))
            {
                type = t;
            }
            else if (key == "required" && text is "true" or "false")
            {
                required = text == "true";
            }
            else
            {
                errors.Add(Error(file, k.Start, name, key is "type" or "required"
                    ? $"'{name}.{key}' has '{text}'; type is text, integer or list, required is true or false."
                    : $"Unknown key '{key}' under '{name}'; a field has type and required."));
                return null;
            }
        }

        if (type is null)
        {
            errors.Add(Error(file, map.Start, name, $"'{name}' needs 'type: text', 'type: integer' or 'type: list'."));
            return null;
        }

        return new BriefFieldSpec(name, type.Value, required);
    }

    private static BriefError Error(string file, Mark at, string field, string message) =>
        new(file, (int)at.Line, (int)at.Column, field, $"{message} ({ErrorCode})");
}
