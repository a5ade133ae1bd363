using System.Globalization;
using NexusSim.Core.Files;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// An experiment file (YAML): the same axes as the options, for repeatable studies. Strict: an
/// unknown key, a wrong shape or a bad value is a problem naming the file, line and key. Relative
/// paths (briefs, firms, overlay files, out) are read relative to the file's folder.
/// </summary>
internal sealed record ExperimentFile
{
    public static IReadOnlyList<string> Keys { get; } = ["protocols", "variants", "scenarios", "briefs", "firms", "seeds", "parallelism", "out", "keep_runs"];

    public IReadOnlyList<string>? Protocols { get; private init; }

    public IReadOnlyList<ExperimentVariant>? Variants { get; private init; }

    public IReadOnlyList<string>? Scenarios { get; private init; }

    public IReadOnlyList<string>? Briefs { get; private init; }

    public IReadOnlyList<string>? Firms { get; private init; }

    public (string Text, string Where)? Seeds { get; private init; }

    public int? Parallelism { get; private init; }

    public string? OutDirectory { get; private init; }

    public bool? KeepRuns { get; private init; }

    private const long MaxBytes = 1024 * 1024;

    public static ExperimentFile? Load(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add("FILE: not a file name; give the path of an experiment file (YAML).");
            return null;
        }

        var full = Path.GetFullPath(path);
        // The safe reader refuses a folder, a FIFO (a shell's <(...) included) or a device before opening it: reading one would wait forever.
        var read = SafeFileReader.ReadText(full, null, MaxBytes);
        if (read.Problem == SafeFileProblem.Missing)
        {
            problems.Add($"FILE: '{full}' does not exist; give the path of an experiment file (YAML, keys: {string.Join(", ", Keys)}).");
            return null;
        }

        if (!read.Ok)
        {
            problems.Add($"FILE: {read.Message} Give the path of an experiment file (YAML, keys: {string.Join(", ", Keys)}).");
            return null;
        }

        var stream = YamlStreamLoader.Load(new StringReader(read.Text!), out var syntax);

        if (stream is null)
        {
            problems.Add($"{full}:{syntax!.Line}:{syntax.Column}: not valid YAML ({syntax.Message}); {syntax.Fix}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{full}:1: the experiment file must be a mapping with keys {string.Join(", ", Keys)}.");
            return null;
        }

        var folder = Path.GetDirectoryName(full)!;
        var before = problems.Count;
        var file = new ExperimentFile();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var where = $"{full}:{keyNode.Start.Line}: {key}";
            file = key switch
            {
                "protocols" => file with { Protocols = Strings(value, where, problems) },
                "scenarios" => file with { Scenarios = Strings(value, where, problems) },
                "briefs" => file with { Briefs = Strings(value, where, problems)?.Select(p => Path.GetFullPath(p, folder)).ToList() },
                "firms" => file with { Firms = Strings(value, where, problems)?.Select(p => Path.GetFullPath(p, folder)).ToList() },
                "seeds" => file with { Seeds = value is YamlScalarNode { Value: { } seeds } ? (seeds, where) : Problem<(string, string)?>(problems, $"{where}: write the seeds as one value, e.g. 1..200 or \"1,2,5\".") },
                "parallelism" => file with { Parallelism = value is YamlScalarNode { Value: { } n } && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : Problem<int?>(problems, $"{where}: give a whole number of engagements, 1 or more.") },
                "out" => file with { OutDirectory = value is YamlScalarNode { Value: { Length: > 0 } o } ? Path.GetFullPath(o, folder) : Problem<string?>(problems, $"{where}: give the experiment folder as one path.") },
                "keep_runs" => file with { KeepRuns = value is YamlScalarNode { Value: "true" or "false" } b ? b.Value == "true" : Problem<bool?>(problems, $"{where}: write true or false.") },
                "variants" => file with { Variants = ReadVariants(value, where, full, key, folder, problems) },
                _ => Problem<ExperimentFile>(problems, $"{where}: unknown key; use one of {string.Join(", ", Keys)}.") ?? file,
            };
        }

        return problems.Count > before ? null : file;
    }

    // Each variant's problems name the line of its own name (FILE:LINE: variants.NAME), not the line of the variants key.
    private static List<ExperimentVariant>? ReadVariants(YamlNode value, string where, string file, string key, string folder, List<string> problems)
    {
        if (value is not YamlMappingNode map)
        {
            return Problem<List<ExperimentVariant>?>(problems, $"{where}: write the variants as a mapping NAME: [overlay file or KEY=VALUE, ...].");
        }

        var variants = new List<ExperimentVariant>();
        foreach (var (nameNode, items) in map.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? string.Empty;
            var itemWhere = $"{file}:{nameNode.Start.Line}: {key}.{name}";
            var list = items is YamlScalarNode { Value: null or "" } ? [] : Strings(items, itemWhere, problems);
            if (list is null)
            {
                continue;
            }

            var resolved = list.Select(i => i.Contains('=', StringComparison.Ordinal) ? i : Path.GetFullPath(i, folder));
            if (ExperimentAxes.Variant($"{name}={string.Join(',', resolved)}", itemWhere, problems) is { } variant)
            {
                variants.Add(variant);
            }
        }

        return variants;
    }

    private static List<string>? Strings(YamlNode value, string where, List<string> problems)
    {
        if (value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
        {
            return [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)];
        }

        // One name alone, as the command line takes it (--protocol chain): a list of one.
        if (value is YamlScalarNode { Value.Length: > 0 } one)
        {
            return [one.Value!];
        }

        return Problem<List<string>?>(problems, $"{where}: write a name or a list of names, e.g. [a, b].");
    }

    private static T? Problem<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default;
    }
}
