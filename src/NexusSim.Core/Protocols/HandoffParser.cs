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
        var rest = (text ?? string.Empty).AsSpan();
        while (true)
        {
            // Line by line, cut at line feeds (a carriage return before one is dropped): read in place, since
            // a final answer is mostly prose and only its field lines and what follows them are kept.
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            var colon = line.IndexOf(':');
            var key = colon > 0 ? FieldKey(manifest.HandoffFields, line[..colon]) : null;
            if (key is not null)
            {
                current = [];
                values[key] = current;
                AddIfAny(current, line[(colon + 1)..]);
            }
            else if (current is not null)
            {
                AddIfAny(current, line);
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
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

    // The label's key when it names one of the fields (case aside), else null: the label trimmed of white
    // space, then of leading list marks and spaces, then of asterisks and spaces at either end, its spaces
    // made underscores, lower-cased. Its length is known before any string is made (neither of the last two
    // steps changes it, and a key equals a field ignoring case only at the same length), so a label no
    // field is as long as costs nothing.
    private static string? FieldKey(IReadOnlyList<string> fields, ReadOnlySpan<char> label)
    {
        var trimmed = label.Trim().TrimStart("-* ").Trim("* ");
        var fits = false;
        for (var i = 0; i < fields.Count && !fits; i++)
        {
            fits = fields[i].Length == trimmed.Length;
        }

        if (!fits)
        {
            return null;
        }

        var key = trimmed.ToString().Replace(' ', '_').ToLowerInvariant();
        return fields.Contains(key, StringComparer.OrdinalIgnoreCase) ? key : null;
    }

    private static void AddIfAny(List<string> lines, ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            lines.Add(trimmed.ToString());
        }
    }
}
