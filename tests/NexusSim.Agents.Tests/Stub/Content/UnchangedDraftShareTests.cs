using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Working System said "Human in the loop: 78% of drafts passed review without a change" while the Dashboard, the
/// Results Report and the Key facts of the same run put the reviewer override rate at 6% (retail-ops, seed 2): a
/// reviewer changed 22% of drafts by one deliverable and 6% by the others, the unchanged share drawn on its own
/// ({pct:75-90}) rather than from the override rate. The Working System now states the run's override rate; no
/// sentence of a pilot run gives a share of drafts passed unchanged other than what the override rate leaves.
/// </summary>
public sealed partial class UnchangedDraftShareTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_DraftsPassedUnchangedAreWhatTheOverrideRateLeaves(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var stated = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var overrides = run.FactBase(seed).Find("override_actual")!.Text;
            var unchanged = 100 - int.Parse(overrides.TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture);
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in Unchanged().Matches(sentence))
                    {
                        var share = int.Parse(m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                        Assert.True(share == unchanged, $"{brief}, seed {seed}, {deliverable}: {share}% of drafts passed unchanged, where reviewers overrode {overrides}: {sentence}");
                    }

                    stated += sentence.StartsWith("Human in the loop:", StringComparison.Ordinal) && sentence.Contains(overrides, StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        Assert.True(stated >= 5, $"{brief}: only {stated} Human-in-the-loop lines in 40 seeds state the run's override rate.");
    }

    [GeneratedRegex(@"(?<a>\d+)% of drafts (?:unchanged|passed review without a change|went through unchanged)|changed nothing in (?<b>\d+)% of drafts")]
    private static partial Regex Unchanged();
}
