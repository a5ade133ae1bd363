using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// Mutates a manifest generically, over its YAML trees (entry file and includes), knowing no section
/// by name: drop an entry or item, duplicate an item, re-point a reference to another id, swap two
/// ids, or change an enumerated value (mode, kind, on_fail, booleans...) to another value seen under
/// the same key. Seeded, so every case is reproducible from its number.
/// </summary>
internal sealed partial class ManifestMutator
{
    private readonly Random _random;
    private readonly Dictionary<string, YamlStream> _files;
    private readonly List<string> _ids;
    private readonly Dictionary<string, List<string>> _valuesByKey;

    public ManifestMutator(string directory, int seed)
    {
        _random = new Random(seed); // test-only generator: the case number fixes every draw
        _files = Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, Load, StringComparer.Ordinal);
        var scalars = _files.Values.SelectMany(s => Walk(s.Documents[0].RootNode, null)).ToList();
        _ids = [.. scalars.Select(s => s.Node.Value!).Where(v => IdLike().IsMatch(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _valuesByKey = scalars.Where(s => s.Key is not null)
            .GroupBy(s => s.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Node.Value!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var flag in _valuesByKey.Values.Where(v => v.Contains("true") || v.Contains("false")))
        {
            flag.Remove("true");
            flag.Remove("false");
            flag.AddRange(["true", "false"]);
        }
    }

    /// <summary>Applies one random mutation, writes every file back, and describes what changed.</summary>
    public string MutateAndSave()
    {
        var description = (_random.Next(5)) switch
        {
            0 => Drop(),
            1 => Duplicate(),
            2 => Repoint(),
            3 => Swap(),
            _ => ChangeEnumerated(),
        };
        foreach (var (path, stream) in _files)
        {
            using var writer = new StreamWriter(path);
            stream.Save(writer, assignAnchors: false);
        }

        return description;
    }

    private static YamlStream Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream;
    }

    private string Drop()
    {
        var containers = AllNodes().Where(n => n.Node is YamlSequenceNode { Children.Count: > 0 } or YamlMappingNode { Children.Count: > 0 }).ToList();
        var (node, where) = containers[_random.Next(containers.Count)];
        if (node is YamlSequenceNode sequence)
        {
            var index = _random.Next(sequence.Children.Count);
            sequence.Children.RemoveAt(index);
            return $"drop item {index} of the list at {where}";
        }

        var map = (YamlMappingNode)node;
        var key = map.Children.Keys.ElementAt(_random.Next(map.Children.Count));
        map.Children.Remove(key);
        return $"drop key '{key}' of the map at {where}";
    }

    private string Duplicate()
    {
        var sequences = AllNodes().Where(n => n.Node is YamlSequenceNode { Children.Count: > 0 }).ToList();
        var (node, where) = sequences[_random.Next(sequences.Count)];
        var sequence = (YamlSequenceNode)node;
        var index = _random.Next(sequence.Children.Count);
        sequence.Children.Insert(index, sequence.Children[index]);
        return $"duplicate item {index} of the list at {where}";
    }

    private string Repoint()
    {
        var candidates = Scalars().Where(s => IdLike().IsMatch(s.Node.Value!)).ToList();
        var target = candidates[_random.Next(candidates.Count)];
        var before = target.Node.Value;
        target.Node.Value = _ids[_random.Next(_ids.Count)];
        return $"re-point '{before}' to '{target.Node.Value}' at {target.Node.Start}";
    }

    private string Swap()
    {
        var candidates = Scalars().Where(s => IdLike().IsMatch(s.Node.Value!)).ToList();
        var a = candidates[_random.Next(candidates.Count)].Node;
        var b = candidates[_random.Next(candidates.Count)].Node;
        (a.Value, b.Value) = (b.Value, a.Value);
        return $"swap '{b.Value}' at {a.Start} with '{a.Value}' at {b.Start}";
    }

    private string ChangeEnumerated()
    {
        var candidates = Scalars().Where(s => s.Key is not null && _valuesByKey[s.Key].Count is > 1 and <= 12).ToList();
        var target = candidates[_random.Next(candidates.Count)];
        var values = _valuesByKey[target.Key!];
        var before = target.Node.Value;
        target.Node.Value = values[_random.Next(values.Count)];
        return $"change {target.Key} '{before}' to '{target.Node.Value}' at {target.Node.Start}";
    }

    private IEnumerable<(YamlNode Node, string Where)> AllNodes() =>
        _files.SelectMany(f => Nodes(f.Value.Documents[0].RootNode).Select(n => (n, $"{Path.GetFileName(f.Key)}:{n.Start.Line}")));

    private IEnumerable<(YamlScalarNode Node, string? Key)> Scalars() =>
        _files.Values.SelectMany(s => Walk(s.Documents[0].RootNode, null));

    private static IEnumerable<YamlNode> Nodes(YamlNode node)
    {
        yield return node;
        var children = node switch
        {
            YamlSequenceNode s => s.Children,
            YamlMappingNode m => m.Children.Values,
            _ => Enumerable.Empty<YamlNode>(),
        };
        foreach (var child in children.SelectMany(Nodes))
        {
            yield return child;
        }
    }

    // Scalar values (never keys), each with the key it sits under (the list's key for list items).
    private static IEnumerable<(YamlScalarNode Node, string? Key)> Walk(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode { Value: not null } scalar:
                yield return (scalar, key);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children.SelectMany(c => Walk(c, key)))
                {
                    yield return item;
                }

                break;
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    foreach (var item in Walk(v, (k as YamlScalarNode)?.Value))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdLike();
}
