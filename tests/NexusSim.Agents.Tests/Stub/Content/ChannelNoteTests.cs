using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail brief's client sells through stores and a growing online channel, and the section that states it
/// promised "each point here names the channel it concerns" (the Pilot Design's Scope Boundaries, seed 1), "what
/// follows from it is stated per channel" or "this section keeps the two channels apart", while not one other line of
/// the section named stores or online. A sentence that states the channels promises per-channel treatment of its
/// section only when the rest of the section speaks of the online channel too.
/// </summary>
public sealed partial class ChannelNoteTests
{
    [Theory]
    [InlineData("pilot_design")]
    [InlineData("roadmap")]
    public void RetailRun_SeedsOneToForty_ChannelNotePromisesNothingTheSectionDoesNot(string lineOf)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var options = new ShippedBriefRun.RunOptions(LineOf: lineOf);
        var notes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var heading in markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()))
                {
                    var paragraphs = ProseReader.Paragraphs(string.Join('\n', ShippedBriefRun.SectionLines(markdown, heading)));
                    foreach (var note in paragraphs.Where(p => Online().IsMatch(p)))
                    {
                        notes++;
                        var rest = string.Join('\n', ShippedBriefRun.SectionLines(markdown, heading).Where(l => !l.Contains(note[..Math.Min(40, note.Length)], StringComparison.Ordinal)));
                        Assert.True(!PerChannel().IsMatch(note) || Online().IsMatch(rest),
                            $"seed {seed}, {deliverable}, {heading}: the note promises per-channel treatment that nothing else in the section gives: {note}");
                    }
                }
            }
        }

        Assert.True(notes >= 10, $"Only {notes} sections in 40 seeds state the client's channels ({lineOf}'s line).");
    }

    [GeneratedRegex(@"\bonline\b", RegexOptions.IgnoreCase)]
    private static partial Regex Online();

    [GeneratedRegex(@"\bthis section\b|\beach point\b|\bper channel\b|\btreated separately\b|\bapart where\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerChannel();

}
