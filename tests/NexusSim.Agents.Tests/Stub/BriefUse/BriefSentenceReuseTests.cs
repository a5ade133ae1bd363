namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>Issue 9 item 3: brief text is used, not pasted: no sentence of the brief verbatim more than once in a run.</summary>
public sealed class BriefSentenceReuseTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoBriefSentenceVerbatimMoreThanOnce(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var run = BriefRun.Flat(string.Join("\n", shipped.Run(seed).Values));
            problems.AddRange(BriefRun.Sentences(shipped.Brief)
                .Select(s => (Sentence: s, Times: BriefRun.Count(run, BriefRun.Flat(s))))
                .Where(x => x.Times > 1)
                .Select(x => $"seed {seed}: {x.Times}x '{x.Sentence}'"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
