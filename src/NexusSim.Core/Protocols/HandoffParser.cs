using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Reads a handoff from a turn's final text: lines of the form <c>field_name: value</c> for the
/// manifest's handoff fields, each value running until the next field line. Fields the text does
/// not state read <see cref="HandoffRecord.NotStated"/>; from, to and task come from the chain.
/// </summary>
internal static class HandoffParser
{
    public static HandoffRecord Parse(FirmManifest manifest, ChainStep step, string to, string deliverableId, string text)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? Normalize(line[..colon]) : null;
            if (key is not null && manifest.HandoffFields.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                current = [];
                values[key] = current;
                AddIfAny(current, line[(colon + 1)..]);
            }
            else if (current is not null)
            {
                AddIfAny(current, line);
            }
        }

        var fields = manifest.HandoffFields
            .Select(f => new KeyValuePair<string, string>(f, Value(f, step, to, deliverableId, values)))
            .ToList();
        return new HandoffRecord(step.Actor, to, step.Task, deliverableId, fields);
    }

    private static string Value(string field, ChainStep step, string to, string deliverableId, Dictionary<string, List<string>> values) =>
        field.ToLowerInvariant() switch
        {
            "from" => step.Actor,
            "to" => to,
            "task" => step.Task,
            "deliverable" or "deliverable_id" => deliverableId,
            _ => values.TryGetValue(field, out var lines) && lines.Count > 0 ? string.Join("\n", lines) : HandoffRecord.NotStated,
        };

    private static string Normalize(string label) =>
        label.Trim().TrimStart('-', '*', ' ').Trim('*', ' ').Replace(' ', '_').ToLowerInvariant();

    private static void AddIfAny(List<string> lines, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            lines.Add(trimmed);
        }
    }
}
