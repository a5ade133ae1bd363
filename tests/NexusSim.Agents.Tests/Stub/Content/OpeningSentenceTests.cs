using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A deliverable opens on a whole sentence. One front matter was a fragment ("For Harbourline Mutual Bank (fictional) —
/// Regional banking, Atlantic Canada — within the Agentic Readiness Assessment engagement: this Readiness Report and its
/// sources", default brief); the legal firm's header dropped "that" ("The Authority Digest Lexicon Legal Research
/// prepared for ..."); the Data Room's note on the interview limit chained three clauses ("..., and the schedule of
/// conversations was built to fit it, and where that costs evidence, the gap is named ...", default brief, seed 1).
/// </summary>
public sealed partial class OpeningSentenceTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void FrontMatter_SeedsOneToTen_OpensOnAWholeSentence(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var opening = markdown.Split('\n').Skip(1).First(l => l.Length > 0);
                Assert.False(Fragment().IsMatch(opening), $"seed {seed}, {deliverable}: {opening}");
                Assert.False(DroppedThat().IsMatch(opening), $"seed {seed}, {deliverable}: {opening}");
            }
        }
    }

    [Fact]
    public void InterviewLimitNote_SeedsOneToForty_JoinsNoMoreThanOneClauseWithAnd()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var notes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var line in markdown.Split('\n').Where(l => l.Contains("four hours per executive", StringComparison.Ordinal)))
                {
                    notes++;
                    Assert.True(Regex.Count(line, ", and ") < 2, $"seed {seed}, {deliverable}: {line}");
                }
            }
        }

        Assert.True(notes >= 20, $"Only {notes} notes of the interview limit in 40 seeds.");
    }

    // "… engagement: this Readiness Report and its sources": a label and a noun phrase, no verb.
    [GeneratedRegex(@"(engagement|work): (the|this) ")]
    private static partial Regex Fragment();

    // "The Authority Digest Lexicon Legal Research prepared for …": a relative clause without "that".
    [GeneratedRegex(@"^The [A-Z][\w-]*( [A-Z][\w-]*)* Lexicon Legal Research prepared")]
    private static partial Regex DroppedThat();
}
