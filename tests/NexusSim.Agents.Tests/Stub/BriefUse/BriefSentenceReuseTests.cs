using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>Issue 9 item 3: brief text is used, not pasted: no sentence of the brief verbatim more than once in a run.</summary>
public sealed class BriefSentenceReuseTests
{
    public static TheoryData<string, string> ShippedBriefs => BriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoBriefSentenceVerbatimMoreThanOnce(string firm, string briefPath)
    {
        var (library, manifest, brief, line) = BriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var run = BriefRun.Flat(string.Join("\n", BriefRun.Deliverables(library, manifest, BriefFacts.From(brief), line, seed).Values));
            problems.AddRange(BriefRun.Sentences(brief)
                .Select(s => (Sentence: s, Times: BriefRun.Count(run, BriefRun.Flat(s))))
                .Where(x => x.Times > 1)
                .Select(x => $"seed {seed}: {x.Times}x '{x.Sentence}'"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
