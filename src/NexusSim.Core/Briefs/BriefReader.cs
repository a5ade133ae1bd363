using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Core.Briefs;

/// <summary>Maps a brief's YAML mapping to a <see cref="Brief"/>, collecting every error.</summary>
internal sealed partial class BriefReader
{
    private static readonly Dictionary<string, RiskLevel> RiskLevels = new(StringComparer.Ordinal)
    {
        ["low"] = RiskLevel.Low,
        ["medium"] = RiskLevel.Medium,
        ["high"] = RiskLevel.High,
        ["critical"] = RiskLevel.Critical,
    };

    private readonly string _file;
    private readonly YamlMappingNode _root;
    private readonly List<BriefError> _errors = [];
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);
    private readonly BriefSchema _schema;

    public BriefReader(string file, YamlMappingNode root, BriefSchema schema)
    {
        _file = file;
        _root = root;
        _schema = schema;
    }

    public BriefLoadResult Read(string contentHash)
    {
        // A required field an unknown key was taken for ("Did you mean 'industry'?") is said once, at that key.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in _root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (_schema.Field(key) is null)
            {
                var where = _schema.SourceFile is null ? string.Empty : $" (firm schema {_schema.SourceFile})";
                var nearest = NearestName.Find(key, _schema.Fields.Select(f => f.Name));
                var hint = NearestName.Appended(key, _schema.Fields.Select(f => f.Name));
                if (nearest is not null)
                {
                    suggested.Add(nearest);
                }

                Error(keyNode, key, $"Unknown field '{key}'.{hint} A brief of this firm has: {string.Join(", ", _schema.Fields.Select(f => f.Name))}{where}.");
            }
            else if (!_fields.TryAdd(key, value))
            {
                Error(keyNode, key, $"'{key}' appears twice; keep one.");
            }
        }

        foreach (var missing in _schema.Fields.Where(f => f.Required && !_fields.ContainsKey(f.Name) && !suggested.Contains(f.Name)))
        {
            var why = BriefSchema.EngineRequired.Contains(missing) ? string.Empty : $" (required by the firm's {BriefSchema.FileName})";
            Error(_root, missing.Name, $"Required field '{missing.Name}' is missing{why}.");
        }

        var brief = new Brief(
            _file,
            Text("client"),
            Text("industry"),
            Text("region"),
            Integer("headcount", 1, 10_000_000),
            Text("situation"),
            _fields.ContainsKey("stalled_pilot") ? Text("stalled_pilot") : string.Empty,
            List("constraints"),
            Integer("budget_usd", 1, 1_000_000_000),
            _fields.ContainsKey("service_line") ? Text("service_line") : null,
            contentHash)
        {
            FeeUsd = _fields.ContainsKey("fee_usd") ? Integer("fee_usd", 1, 1_000_000_000) : null,
            ServiceLineAt = _fields.TryGetValue("service_line", out var lineNode) ? $"{lineNode.Start.Line}:{lineNode.Start.Column}" : string.Empty,
            Risk = _fields.ContainsKey("risk") ? Risk("risk") : null,
            FirmFields = FirmFields(),
        };
        return _errors.Count == 0 ? new BriefLoadResult(brief, []) : new BriefLoadResult(null, _errors);
    }

    // Fields the firm's schema adds, as text (a list's items joined by "; "), in the brief's order.
    private Dictionary<string, string> FirmFields()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in _fields.Keys.Where(k => !BriefSchema.IsEngineField(k)))
        {
            values[name] = _schema.Field(name)!.Type switch
            {
                BriefFieldType.Integer => Integer(name, 0, int.MaxValue).ToString(CultureInfo.InvariantCulture),
                BriefFieldType.List => string.Join("; ", List(name)),
                _ => Text(name),
            };
        }

        return values;
    }

    private string Text(string field)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            return string.Empty;
        }

        if (node is not YamlScalarNode { Value: { } value } scalar || string.IsNullOrWhiteSpace(value))
        {
            Error(node, field, $"'{field}' must be non-empty text.");
            return string.Empty;
        }

        if (scalar.Style == ScalarStyle.Plain && CoercedPlain().IsMatch(value))
        {
            Error(node, field, $"'{field}' reads as '{value}', which YAML may take for a boolean, null or number; quote it.");
        }

        return value.Trim();
    }

    private int Integer(string field, int min, int max)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            return 0;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value } && PlainInteger().IsMatch(value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Error(node, field, string.Create(CultureInfo.InvariantCulture, $"'{field}' must be a whole number from {min:N0} to {max:N0}, written plainly (1200000, not 1.2e6, \"1200000\" or 1_200_000)."));
        return 0;
    }

    private RiskLevel? Risk(string field)
    {
        var node = _fields[field];
        if (node is YamlScalarNode { Value: { } value } && RiskLevels.TryGetValue(value.Trim(), out var risk))
        {
            return risk;
        }

        var guess = node is YamlScalarNode { Value: { } written } ? NearestName.Appended(written.Trim().ToLowerInvariant(), RiskLevels.Keys) : string.Empty;
        Error(node, field, $"'{field}' must be one of {string.Join(", ", RiskLevels.Keys)} (the engagement's risk level, checked against the accept grants' max_risk).{guess}");
        return null;
    }

    private List<string> List(string field)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Error(node, field, $"'{field}' must be a list of one or more items (- item).");
            return [];
        }

        var items = new List<string>();
        // A repeated item would be addressed twice in every deliverable; said as the manifest's lists say it.
        var first = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (!first.TryAdd(text, item.Start.Line))
                {
                    Error(item, field, $"'{field}' lists \"{Shorten(text)}\" twice (first at line {first[text]}); keep one.");
                    continue;
                }

                items.Add(value.Trim());
            }
            else
            {
                Error(item, field, $"Each item of '{field}' must be text.");
            }
        }

        return items;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private void Error(YamlNode node, string field, string message) =>
        _errors.Add(new BriefError(_file, (int)node.Start.Line, (int)node.Start.Column, field, message));

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?[0-9][0-9_,.eE+-]*)$")]
    private static partial Regex CoercedPlain();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex PlainInteger();
}
