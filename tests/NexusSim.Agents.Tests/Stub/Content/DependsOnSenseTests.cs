using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// "Depends on" has two senses, "is decided by" (payback depends on the scenario) and "needs" (the fields loan
/// origination depends on); "relies on" carries only the second and "hinges on" only the first. A shared wording
/// set swapped all three in every sentence, so deliverables read "The grade relies on harm and spread", "What
/// happens next relies on a short list of decisions", "Of the systems loan origination hinges on, 45% expose a
/// supported API" and, in the legal firm's memo, "summaries no clinician hinges on".
/// </summary>
public sealed partial class DependsOnSenseTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ShippedBrief_SeedsOneToThirty_RelyAndHingeKeepTheirSense(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var decided = DecidedByReliesOn().Match(markdown);
                Assert.False(decided.Success, $"seed {seed}, {deliverable}: \"relies on\" where the outcome is decided by something: {decided.Value}");
                var needed = NeedHingesOn().Match(markdown);
                Assert.False(needed.Success, $"seed {seed}, {deliverable}: \"hinges on\" where something is needed: {needed.Value}");
            }
        }
    }

    /// <summary>Subjects that are decided, not helped: a payback, a grade, a bill, an analysis, a question, what happens next.</summary>
    [GeneratedRegex(@"\b(payback|grade|bill|analysis|question|what happens next|who sees [^,.]+)\s+relies on\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedByReliesOn();

    /// <summary>Users of a thing: a person, an agent, a process, an initiative, a step or a figure that needs it.</summary>
    [GeneratedRegex(@"\b(clinician|agent|origination|intake|planning|handling|forecasting|replenishment|initiative|step|figure|proposed|tier|control)\s+hinges on\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeedHingesOn();
}
