using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A sentence that points "above" or "below" ("each step above is placed to meet it", "each control below
/// states what they need to see") needs something there to point at. Constraint and situation notes are added
/// after a section's own text, wherever the topic fits, so their "above" met sections with no steps in them (the
/// quick-win brief's 90-Day Delivery, seed 11) and their "below" the end of a section. Here "above" needs a table
/// or list earlier in the section, and "below" a table or list after it in the section, or more of its own paragraph after it.
/// </summary>
public sealed partial class PointerTargetTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ShippedBrief_SeedsOneToThirty_AboveAndBelowPointAtSomething(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var lines = markdown.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (IsStructured(lines[i]) || lines[i].StartsWith('#'))
                    {
                        continue;
                    }

                    foreach (Match m in Pointer().Matches(lines[i]))
                    {
                        var start = Array.FindLastIndex(lines, i, l => l.StartsWith("## ", StringComparison.Ordinal));
                        var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
                        end = end < 0 ? lines.Length : end;
                        var before = lines[i][..m.Index];
                        var after = lines[i][(m.Index + m.Length)..];
                        var found = m.Groups["dir"].Value == "above"
                            ? lines[(start + 1)..i].Any(IsStructured) || NamesEarlierSection(lines[..start], before)
                            : lines[(i + 1)..end].Any(IsStructured) || after.StartsWith(':') || after.Contains(". ", StringComparison.Ordinal);
                        Assert.True(found, $"seed {seed}, {deliverable}: \"{m.Value}\" points at nothing in its section:\n{lines[i]}");
                    }
                }
            }
        }
    }

    /// <summary>"The findings above" points at an earlier section named Findings.</summary>
    private static bool NamesEarlierSection(string[] earlier, string before)
    {
        var phrase = before.Length > 40 ? before[^40..] : before;
        return earlier.Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .SelectMany(l => l[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(w => w.Length > 3 && phrase.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsStructured(string line) =>
        line.StartsWith('|') || line.StartsWith("- ", StringComparison.Ordinal) || ListItem().IsMatch(line);

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?<dir>above|below)\b(?=\s*(\[|[,.;:)]|$)| (is|are|was|were|can|keeps?|states?|shows?|holds?|with|carry|gives?|sets?)\b)")]
    private static partial Regex Pointer();
}
