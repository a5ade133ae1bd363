using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Policy Suite's Vendors bans training on the client's data and then, without a subject of its own, goes on about
/// exit plans or hosting, so the second clause borrows the first's subject, which two choice groups drew apart: "Contracts
/// bar training on Northgate Assurance Group's data, and sets out how Northgate Assurance Group (fictional) can leave"
/// (insurer brief, seed 2), and by the same groups "No supplier may train on ... data, and carry an exit plan" and "No
/// contract is signed unless the supplier forgoes training on ... data, and keep data in the European Union". A clause
/// that continues the training ban with ", and" and a bare verb has the ban's subject: contracts (plural verb: "Contracts
/// ... and keep") or every contract (singular verb: "Every contract forbids ..., and sets out"), never a supplier or
/// a contract not signed; every other continuation names its own subject.
/// </summary>
public sealed partial class VendorClauseSubjectTests
{
    private static readonly string[] NotVerbs = ["each", "every", "the", "a", "an", "no", "with", "its", "their", "all", "any"];

    [Theory]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    [InlineData("retail-ops.yaml")]
    public void PolicySuite_SeedsOneToEighty_AClauseAfterTheTrainingBanAgreesWithItsSubject(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "policy_suite");
        var (bans, continued) = (0, 0);
        for (ulong seed = 1; seed <= 80; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var section = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Vendors"));
                foreach (var sentence in ProseReader.Paragraphs(section).SelectMany(ProseReader.Sentences).Where(s => Ban().IsMatch(s)))
                {
                    bans++;
                    var next = Continuation().Match(sentence);
                    if (!next.Success || NotVerbs.Contains(next.Groups["verb"].Value, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    continued++;
                    var verb = next.Groups["verb"].Value;
                    var where = $"{brief}, seed {seed}, {deliverable}: '{verb}' has no subject but the training ban's: {sentence}";
                    if (sentence.StartsWith("Contracts ", StringComparison.Ordinal) || sentence.StartsWith("The contract terms ", StringComparison.Ordinal))
                    {
                        Assert.False(verb.EndsWith('s'), where + " (a plural subject)");
                    }
                    else
                    {
                        Assert.True(sentence.StartsWith("Every contract ", StringComparison.Ordinal), where + " (a subject that cannot carry it)");
                        Assert.True(verb.EndsWith('s'), where + " (a singular subject)");
                    }
                }
            }
        }

        // The shipped text now gives every continuation its own subject ("; each contract sets out how ... can leave"), so
        // none may be seen; the old text had one in about a third of the bans.
        Assert.True(bans >= 40, $"{brief}: only {bans} training bans in 80 seeds ({continued} continued without a subject).");
    }

    [GeneratedRegex(@"\btrain(?:ing)? on\b")]
    private static partial Regex Ban();

    // The clause after the ban's data: ", and <word>" (the ban may carry its own "and require deletion ...").
    [GeneratedRegex(@"\bdata(?: and [^,;]+)?, and (?<verb>[a-z]+)\b")]
    private static partial Regex Continuation();
}
