using System.Text;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// The prompt block an edit step gets so it can reconcile figures: one line per deliverable
/// already released in the run, <c>- Name: Key facts: ...</c>, under <see cref="Heading"/>.
/// </summary>
public static class ReleasedKeyFacts
{
    /// <summary>The block's heading.</summary>
    public const string Heading = "## Released deliverables (Key facts)";

    /// <summary>The block for the deliverables of <paramref name="state"/> released before <paramref name="deliverableId"/>'s edit; empty when none is.</summary>
    public static string Render(EngagementState state, string deliverableId)
    {
        ArgumentNullException.ThrowIfNull(state);
        var lines = new StringBuilder();
        foreach (var deliverable in state.Deliverables.Where(d => d.Id != deliverableId && d.ReleasedHash is not null))
        {
            var released = deliverable.Versions.FirstOrDefault(v => v.ContentHash == deliverable.ReleasedHash);
            var keyFacts = released is null ? null : KeyFactsLine(released.Markdown);
            if (keyFacts is not null)
            {
                lines.Append("- ").Append(deliverable.Type.Name.ReplaceLineEndings(" ")).Append(": ").AppendLine(keyFacts);
            }
        }

        return lines.Length == 0 ? string.Empty : Heading + "\n" + lines + "\n";
    }

    // The first line (cut at line feeds, as Split('\n') cuts) that starts with the Key facts label once
    // leading white space is cut, trimmed; read in place (every edit turn reads each released deliverable).
    internal static string? KeyFactsLine(string markdown)
    {
        var rest = markdown.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.TrimStart().StartsWith(KeyFactsText.Label, StringComparison.OrdinalIgnoreCase))
            {
                return line.Trim().ToString();
            }

            if (end < 0)
            {
                return null;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>Reads the block back from a prompt (the stub's side); empty when the prompt has none.</summary>
    public static IReadOnlyList<ReleasedFacts> Read(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var start = prompt.IndexOf(Heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var facts = new List<ReleasedFacts>();
        for (var at = start + Heading.Length + 1; at < prompt.Length && prompt.AsSpan(at).StartsWith("- ", StringComparison.Ordinal);)
        {
            var line = PromptLines.At(prompt, at, out at);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 2)
            {
                facts.Add(new ReleasedFacts(line[2..colon].ToString(), line[(colon + 2)..].ToString()));
            }
        }

        return facts;
    }
}
