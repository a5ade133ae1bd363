using NexusSim.Core.Files;
using NexusSim.Core.Manifest.Loading;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Core.Manifest.Variants;

/// <summary>
/// Reads an overlay file (YAML: a mapping whose nested keys join with dots, scalar or list values)
/// and <c>--set key=value</c> pairs into settings, each with where it was written.
/// </summary>
internal static class OverlayReader
{
    private const long MaxOverlayBytes = 64 * 1024;

    public static List<VariantSetting> ReadFile(string path, List<ManifestError> errors)
    {
        var full = Path.GetFullPath(path);
        var settings = new List<VariantSetting>();
        var read = SafeFileReader.ReadText(full, null, MaxOverlayBytes);
        if (!read.Ok)
        {
            errors.Add(new ManifestError(new SourceLocation(full, 0, 0), ErrorCodes.OverlayUnreadable, $"Cannot read the overlay: {read.Message}", "Give --overlay an existing YAML file of at most 64 KiB."));
            return settings;
        }

        if (YamlStreamLoader.Load(new StringReader(read.Text!), out var syntax) is not { } stream)
        {
            errors.Add(new ManifestError(new SourceLocation(full, syntax!.Line, syntax.Column), ErrorCodes.OverlayUnreadable, $"The overlay is not valid YAML: {syntax.Message}", syntax.Fix));
            return settings;
        }

        // An overlay that sets nothing (an empty file, only comments, '{}') is a mistake, never a variant: a run
        // with it would be the manifest as given under a name that says otherwise.
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } or YamlMappingNode { Children.Count: 0 })
        {
            errors.Add(new ManifestError(new SourceLocation(full, 1, 1), ErrorCodes.OverlayUnreadable, "The overlay is empty: it holds no setting.", "Write settings as `key: value` lines, e.g. `gates: off`, or leave the --overlay out."));
            return settings;
        }

        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ManifestError(new SourceLocation(full, 1, 1), ErrorCodes.OverlayUnreadable, "An overlay is one YAML mapping of settings.", "Write settings as `key: value` lines, e.g. `gates: off`."));
            return settings;
        }

        Flatten(full, string.Empty, root, settings, errors);
        return settings;
    }

    /// <summary>
    /// The pairs as settings, each located where it was written: <paramref name="labels"/>[i] when given
    /// (e.g. "--variant ungoverned, item 2"), else "--set #n"; the pair itself follows in brackets.
    /// </summary>
    public static List<VariantSetting> ReadPairs(IReadOnlyList<string> pairs, List<ManifestError> errors, IReadOnlyList<string>? labels = null)
    {
        var settings = new List<VariantSetting>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var label = labels is not null && i < labels.Count ? labels[i] : $"--set #{i + 1}";
            var where = new SourceLocation($"{label} ({pairs[i]})", 0, 0);
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(new ManifestError(where, ErrorCodes.OverlayBadValue, $"'{pairs[i]}' is not a key=value pair.", "Write --set KEY=VALUE, e.g. --set gates=off."));
                continue;
            }

            settings.Add(new VariantSetting(pairs[i][..equals].Trim(), pairs[i][(equals + 1)..].Trim(), where));
        }

        return settings;
    }

    private static void Flatten(string file, string prefix, YamlMappingNode mapping, List<VariantSetting> into, List<ManifestError> errors)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? string.Empty);
            var at = new SourceLocation(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            switch (value)
            {
                case YamlMappingNode nested:
                    Flatten(file, key + ".", nested, into, errors);
                    break;
                case YamlScalarNode scalar:
                    into.Add(new VariantSetting(key, scalar.Value ?? string.Empty, at));
                    break;
                case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                    into.Add(new VariantSetting(key, string.Join(",", list.Children.Cast<YamlScalarNode>().Select(c => c.Value)), at));
                    break;
                default:
                    errors.Add(new ManifestError(at, ErrorCodes.OverlayBadValue, $"'{key}' has a value an overlay cannot hold.", "Give a single value or a list of values."));
                    break;
            }
        }
    }
}
