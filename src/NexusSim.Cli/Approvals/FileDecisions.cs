using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// The decisions file of <c>--approver file:PATH</c>: a YAML list of
/// <c>{ deliverable: ID, decision: approve|reject, reason: TEXT }</c>. A regular file of at most
/// 1 MB; every problem names the file, the line and the field.
/// </summary>
internal static class FileDecisions
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>Reads the decisions by deliverable id, or returns the problems (an absent file is no decisions yet).</summary>
    public static (IReadOnlyDictionary<string, (bool Approve, string Reason)> Decisions, IReadOnlyList<string> Problems) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var decisions = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
        var problems = new List<string>();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (decisions, Directory.Exists(path) ? [$"{path}: is a directory, not a decisions file."] : problems);
        }

        if (info.LinkTarget is not null || (info.Attributes & FileAttributes.Device) != 0 || info.Length > MaxBytes)
        {
            return (decisions, [$"{path}: not a regular file of at most 1 MB; give a YAML decisions file."]);
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            return (decisions, [$"{path}:{ex.Start.Line}: not valid YAML ({ex.Message})."]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (decisions, problems);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            return (decisions, [$"{path}:{stream.Documents[0].RootNode.Start.Line}: expected a list of decisions ('- deliverable: ID', 'decision: approve|reject', 'reason: TEXT')."]);
        }

        foreach (var item in list.Children)
        {
            Add(path, item, decisions, problems);
        }

        return (decisions, problems);
    }

    private static void Add(string path, YamlNode item, Dictionary<string, (bool, string)> decisions, List<string> problems)
    {
        var where = $"{path}:{item.Start.Line}";
        if (item is not YamlMappingNode map)
        {
            problems.Add($"{where}: each decision is a mapping with deliverable, decision and reason.");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (name is not ("deliverable" or "decision" or "reason") || value is not YamlScalarNode scalar)
            {
                problems.Add($"{path}:{key.Start.Line}: unknown field '{name}'; a decision has deliverable, decision and reason.");
                continue;
            }

            fields[name] = scalar.Value ?? string.Empty;
        }

        if (!fields.TryGetValue("deliverable", out var id) || id.Length == 0)
        {
            problems.Add($"{where}: deliverable: missing; give the deliverable id (as in summary.json).");
            return;
        }

        var (approve, _) = DecisionLine.Parse(fields.GetValueOrDefault("decision", string.Empty));
        var reason = fields.GetValueOrDefault("reason", string.Empty).Trim();
        if (approve is null)
        {
            problems.Add($"{where}: decision: '{fields.GetValueOrDefault("decision")}' for {id}; write approve or reject.");
        }
        else if (reason.Length == 0)
        {
            problems.Add($"{where}: reason: missing for {id}; every decision needs a reason for the record.");
        }
        else if (!decisions.TryAdd(id, (approve.Value, reason)))
        {
            problems.Add($"{where}: deliverable: {id} is decided twice; keep one decision per deliverable.");
        }
    }
}
