using NexusSim.Core.Files;
using NexusSim.Core.Manifest.Loading;
using YamlDotNet.RepresentationModel;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// The decisions file of <c>--approver file:PATH</c>: a YAML list of
/// <c>{ deliverable: ID, decision: approve|reject, reason: TEXT }</c> for versions and
/// <c>{ escalation: esc-NNN, decision: OPTION, reason: TEXT, assignee: AGENT }</c> for escalations
/// that reach the human (assignee optional, for a reassignment). A regular file of at most 1 MB;
/// every problem names the file, the line and the field.
/// </summary>
internal static class FileDecisions
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Reads the decisions by deliverable id, or returns the problems (an absent file is no decisions yet).
    /// With <paramref name="knownDeliverables"/> (the firm's deliverable type ids), an entry naming any other
    /// deliverable is a problem with the nearest known id: it could never be asked for, so it is a typo.
    /// </summary>
    public static (IReadOnlyDictionary<string, (bool Approve, string Reason)> Decisions, IReadOnlyList<string> Problems) Read(string path, IReadOnlyCollection<string>? knownDeliverables = null)
    {
        var (decisions, _, problems) = ReadAll(path, knownDeliverables);
        return (decisions, problems);
    }

    /// <summary>Reads the version decisions by deliverable id and the escalation decisions by escalation id, or the problems.</summary>
    public static (IReadOnlyDictionary<string, (bool Approve, string Reason)> Decisions, IReadOnlyDictionary<string, FileEscalationDecision> Escalations, IReadOnlyList<string> Problems) ReadAll(string path, IReadOnlyCollection<string>? knownDeliverables = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var decisions = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
        var escalations = new Dictionary<string, FileEscalationDecision>(StringComparer.Ordinal);
        var problems = new List<string>();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (decisions, escalations, Directory.Exists(path) ? [$"{path}: is a directory, not a decisions file."] : problems);
        }

        // A link, a FIFO (a shell's <(...) included), a device or an oversized file is refused before it is opened: reading a FIFO would wait forever.
        var read = info.LinkTarget is null ? SafeFileReader.ReadText(path, null, MaxBytes) : null;
        if (read is not { Ok: true })
        {
            return (decisions, escalations, [$"{path}: not a regular file of at most 1 MB; give a YAML decisions file."]);
        }

        var stream = YamlStreamLoader.Load(new StringReader(read.Text!), out var syntax);

        if (stream is null)
        {
            return (decisions, escalations, [$"{path}:{syntax!.Line}: not valid YAML ({syntax.Message}); {syntax.Fix}"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (decisions, escalations, problems);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            return (decisions, escalations, [$"{path}:{stream.Documents[0].RootNode.Start.Line}: expected a list of decisions ('- deliverable: ID', 'decision: approve|reject', 'reason: TEXT')."]);
        }

        foreach (var item in list.Children)
        {
            Add(path, item, knownDeliverables, decisions, escalations, problems);
        }

        return (decisions, escalations, problems);
    }

    private static void Add(string path, YamlNode item, IReadOnlyCollection<string>? knownDeliverables, Dictionary<string, (bool, string)> decisions, Dictionary<string, FileEscalationDecision> escalations, List<string> problems)
    {
        var where = $"{path}:{item.Start.Line}";
        if (item is not YamlMappingNode map)
        {
            problems.Add($"{where}: each decision is a mapping: deliverable, decision and reason (or escalation, decision, reason and assignee).");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (name is not ("deliverable" or "escalation" or "decision" or "reason" or "assignee") || value is not YamlScalarNode scalar)
            {
                problems.Add($"{path}:{key.Start.Line}: unknown field '{name}'; a decision has deliverable, decision and reason (an escalation's: escalation, decision, reason, assignee).");
                continue;
            }

            fields[name] = scalar.Value ?? string.Empty;
        }

        var reason = DecisionText.Keepable(fields.GetValueOrDefault("reason", string.Empty)).Trim();
        if (fields.TryGetValue("escalation", out var escalationId))
        {
            AddEscalation(where, fields, escalationId, reason, (int)item.Start.Line, escalations, problems);
            return;
        }

        if (!fields.TryGetValue("deliverable", out var id) || id.Length == 0)
        {
            problems.Add($"{where}: deliverable: missing; give the deliverable id (as in summary.json), or an escalation id (escalation: esc-001).");
            return;
        }

        var (approve, _) = DecisionLine.Parse(fields.GetValueOrDefault("decision", string.Empty));
        if (approve is null)
        {
            problems.Add($"{where}: decision: '{fields.GetValueOrDefault("decision")}' for {id}; write approve or reject.");
        }
        else if (reason.Length == 0)
        {
            problems.Add($"{where}: reason: missing for {id}; every decision needs a reason for the record.");
        }
        else if (knownDeliverables is not null && !knownDeliverables.Contains(id, StringComparer.Ordinal))
        {
            problems.Add($"{where}: deliverable: '{id}' is not a deliverable of the firm, so this decision would never be used. {NearestName.Fix(id, knownDeliverables, "Write one of the firm's deliverable ids (as in summary.json)")}");
        }
        else if (!decisions.TryAdd(id, (approve.Value, reason)))
        {
            problems.Add($"{where}: deliverable: {id} is decided twice; keep one decision per deliverable.");
        }
    }

    private static void AddEscalation(string where, Dictionary<string, string> fields, string id, string reason, int line, Dictionary<string, FileEscalationDecision> escalations, List<string> problems)
    {
        var option = fields.GetValueOrDefault("decision", string.Empty).Trim();
        if (fields.ContainsKey("deliverable"))
        {
            problems.Add($"{where}: a decision names a deliverable or an escalation, not both.");
        }
        else if (!id.StartsWith("esc-", StringComparison.Ordinal) || id.Length == 4 || !id[4..].All(char.IsAsciiDigit))
        {
            problems.Add($"{where}: escalation: '{id}' is not an escalation id; write it as the run printed it (esc-001).");
        }
        else if (option.Length == 0)
        {
            problems.Add($"{where}: decision: missing for {id}; write one of the firm's escalation options (its text, number or first word).");
        }
        else if (reason.Length == 0)
        {
            problems.Add($"{where}: reason: missing for {id}; every decision needs a reason for the record.");
        }
        else if (!escalations.TryAdd(id, new FileEscalationDecision(option, reason, fields.GetValueOrDefault("assignee") is { Length: > 0 } a ? a.Trim() : null, line)))
        {
            problems.Add($"{where}: escalation: {id} is decided twice; keep one decision per escalation.");
        }
    }
}
