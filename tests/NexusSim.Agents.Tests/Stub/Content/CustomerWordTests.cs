using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A hospital's governance framework, run on the hospital brief, mapped "customer-treatment standards and prior
/// notice of material change" as its sector's own duties, graded incidents "by harm to customers" and forbade
/// "customer data" in unapproved tools: a bank's words for a hospital's patients, and a bank's supervisor. The
/// industry profile's <c>customer:</c> and <c>customers:</c> lines name the people the work serves: every line's
/// deliverables for the hospital speak of patients, never customers, and an insurer's still speak of customers.
/// </summary>
public sealed partial class CustomerWordTests
{
    [Theory]
    [InlineData("hospital-architecture.yaml", "patient")]
    [InlineData("insurer-claims.yaml", "customer")]
    public void GovernanceAndPilotRuns_SeedsOneToForty_ThePeopleServedAreTheIndustrysOwn(string brief, string served)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var other = served == "patient" ? "customer" : "patient";
        var mentions = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "policy_suite"))
                .Concat(run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "pilot_design")));
            foreach (var (deliverable, markdown) in deliverables)
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).SelectMany(r => r.Values));
                foreach (var text in texts)
                {
                    var words = Served().Matches(text).Select(m => m.Groups["who"].Value.ToLowerInvariant()).ToList();
                    mentions += words.Count(w => w == served);
                    Assert.False(words.Contains(other), $"{brief}, seed {seed}, {deliverable}: the people the work serves are {served}s, not {other}s: {text}");
                }
            }
        }

        Assert.True(mentions >= 200, $"{brief}: only {mentions} mentions of {served}s in 40 seeds of the governance and pilot lines.");
    }

    [GeneratedRegex(@"\b(?<who>customer|patient)(?:s|'s|s')?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Served();
}
