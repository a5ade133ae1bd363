using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Choice groups joined after one another can stack clauses a writer would not: "Operations and IT both claim
/// the lead, and that is the political issue, and both have started planning as if they will" (default brief,
/// seed 11); "agents reach those systems through registered tools and the gateway, and none of them is replaced,
/// and each interface is agreed with the system's owner" (hospital brief); "it had no owner, no audit trail and
/// no clean data, and each of those hurt it, and every decision here closes one of those three gaps"; and a
/// head ending on its infinitive marker met a tail that did not finish it ("operations and IT both expect to,
/// and neither has yet given way"). No clause of a statement joins three clauses with ", and" twice, and none
/// ends on an infinitive marker or modal left unfinished ("both expect to,", "as if they will.").
/// </summary>
public sealed partial class ClauseJoinTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ShippedBrief_SeedsOneToThirty_NoClauseStacksTwoAndsOrEndsOnAnUnfinishedVerb(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var prose in ProseReader.Paragraphs(markdown))
                {
                    Assert.False(Unfinished().IsMatch(prose), $"seed {seed}, {deliverable}: a clause ends on a verb it does not finish:\n{prose}");
                    foreach (var sentence in ProseReader.Sentences(prose).Where(s => !s.EndsWith('?')))
                    {
                        foreach (var clause in sentence.Split(';', ':'))
                        {
                            var ands = clause.Split(", and ").Length - 1;
                            Assert.True(ands < 2, $"seed {seed}, {deliverable}: one clause joins three clauses with \", and\" twice:\n{sentence}");
                        }
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\b(expects?|expect|wants?|plans?|intends?|hopes?|needs?|ought|has|have|going) to[,.;:](\s|$)|\b(they|it|we|he|she|you|who|which) will[,.;:](\s|$)")]
    private static partial Regex Unfinished();
}
