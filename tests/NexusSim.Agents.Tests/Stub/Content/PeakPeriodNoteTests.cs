using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail pilot's constraint "Must run through the back-to-school season without disrupting stores" was read
/// as a deadline (the timing topic took it for "season"): "A date Cobalt &amp; Pine Outfitters (fictional) set governs
/// the order of work (the work will run through the back-to-school season without disrupting stores): the plan is
/// dated backwards from it" (retail-ops, seed 4, Weekly Status and Pilot Design). A season to get through undisturbed
/// is not a date to work back from; it now has its own topic, and every note on it says how the current process keeps
/// running through it, never that the plan is dated or scheduled back from it.
/// </summary>
public sealed partial class PeakPeriodNoteTests
{
    [Fact]
    public void RetailPilot_SeedsOneToForty_SeasonNoteIsNoDeadline()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var notes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "pilot_design")))
            {
                foreach (var paragraph in ProseReader.Paragraphs(markdown).Where(p => p.Contains("back-to-school season", StringComparison.Ordinal)))
                {
                    notes++;
                    Assert.False(DeadlineWords().IsMatch(paragraph), $"retail-ops, seed {seed}, {deliverable}: the season is written as a deadline: {paragraph}");
                    Assert.True(CurrentProcess().IsMatch(paragraph), $"retail-ops, seed {seed}, {deliverable}: the season note does not say how the current work is kept undisturbed: {paragraph}");
                }
            }
        }

        Assert.True(notes >= 60, $"retail-ops: only {notes} notes on the season constraint in 40 seeds of the pilot line.");
    }

    [GeneratedRegex(@"\bbackwards?\b|\bdeadline\b|\bdated\b|\bdate\b|\bby then\b|\bfalls due\b|\bto meet it\b|\bafter it\b")]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"\bcurrent process\b|\bhow the work is done\b")]
    private static partial Regex CurrentProcess();
}
