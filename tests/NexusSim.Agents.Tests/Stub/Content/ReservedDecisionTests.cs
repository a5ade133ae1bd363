using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail brief reserves every decision for people ("Buyers keep final say on every order during the pilot"), and
/// the Pilot Design's own constraint note repeated it, yet the same design let the agent go "autonomous for low-risk
/// cases" once the KPI fell ("Low-risk cases go autonomous only once the average replenishment cycle time is down by
/// at least 15%", seed 1), its guardrails asked for "Human approval above the risk threshold" (so none below it), and the
/// configuration set a "Confidence threshold for human review"; the run log and the dashboard counted the cases "sent to a
/// person" (27% in the first supervised week, seed 3), as if the others went to none. No sentence or table cell of a pilot run written for a
/// brief that reserves decisions for people offers autonomy, unsupervised work or an agent acting alone, nor limits a
/// person's approval to cases above a risk threshold without saying a person approves every draft.
/// </summary>
public sealed partial class ReservedDecisionTests
{
    [Fact]
    public void PilotRun_RetailBriefSeedsOneToSixty_OffersTheAgentNoDecisionWithoutAPerson()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        Assert.Contains(run.Brief.Constraints, c => c.Contains("final say on every order", StringComparison.Ordinal));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var (modes, thresholds) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).SelectMany(r => r.Keys.Concat(r.Values)));
                foreach (var text in texts)
                {
                    Assert.False(Autonomy().IsMatch(text), $"seed {seed}, {deliverable}: the brief keeps every order's final say with people, yet: {text}");
                    if (Supervision().IsMatch(text))
                    {
                        modes++;
                    }

                    if (RiskLine().IsMatch(text))
                    {
                        thresholds++;
                        Assert.True(Every().IsMatch(text), $"seed {seed}, {deliverable}: a person's approval is tied to a risk line, leaving the cases below it to the agent: {text}");
                    }
                }
            }
        }

        Assert.True(modes >= 60, $"Only {modes} sentences or cells in 60 seeds say how the agent is supervised.");
        Assert.True(thresholds >= 30, $"Only {thresholds} sentences or cells in 60 seeds name the risk threshold for approval.");
    }

    [GeneratedRegex(@"\bautonom|\bunsupervised\b|\b(?:act|acts|acting) alone\b|\bwork alone on\b|\bthreshold for human review\b|\bsent to a person\b", RegexOptions.IgnoreCase)]
    private static partial Regex Autonomy();

    [GeneratedRegex(@"\bsupervis|\bshadow\b|\bapprov", RegexOptions.IgnoreCase)]
    private static partial Regex Supervision();

    [GeneratedRegex(@"\brisk threshold\b|\bhigher-risk\b|\brisky\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiskLine();

    [GeneratedRegex(@"\b(?:every|each)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Every();
}
