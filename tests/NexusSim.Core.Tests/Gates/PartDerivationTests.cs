using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// What the evidence and analytics checks work out from a part is kept with the part, which every
/// document with the same part shares; it depends on the document too (its numbered names, its Sources),
/// so two documents sharing a part must each be judged on their own, in either order.
/// </summary>
public sealed class PartDerivationTests
{
    private const string Brief = "Client brief, Acme, intake";
    private const string Benchmark = "Industry benchmark survey 2025";

    private static string Document(string title, string plan, string source) =>
        $"# {title}\n\nPrepared for Acme [S1].\n\n## Plan\n{plan}\n\n## Sources\n- [S1] {source}\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_SamePartUnderTitlesWithOtherNumberedNames_EachJudgedWithItsOwnNames(bool firstOrder)
    {
        const string Plan = "The 90-Day Plan starts in March.\n\nPeer banks ran the 90-Day Plan too [S1].";
        var named = Document("90-Day Plan", Plan, Brief);
        var unnamed = Document("Roadmap", Plan, Brief);

        var (a, b) = JudgeBoth(named, unnamed, firstOrder);

        // The title names the plan: "90" is no figure there; under another title it is one, unsourced in the
        // first sentence and presented as a peer comparison in the second.
        Assert.Empty(a);
        Assert.Equal(["Unsourced figure: 90", "Figure 90 is presented as a benchmark but cites no listed benchmark source: Peer banks ran the 90-Day Plan too [S1]."], b);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_SamePartOverOtherSources_EachJudgedWithItsOwnSources(bool firstOrder)
    {
        const string Plan = "Benchmarks put adoption at 40% [S1].";

        var (a, b) = JudgeBoth(Document("Roadmap", Plan, Benchmark), Document("Roadmap", Plan, Brief), firstOrder);

        Assert.Empty(a);
        Assert.Equal(["Figure 40% is presented as a benchmark but cites no listed benchmark source: Benchmarks put adoption at 40% [S1]."], b);
    }

    [Fact]
    public void Check_SameDocumentWithAnotherBrief_JudgedWithThatBrief()
    {
        var markdown = Document("Roadmap", "Acme employs 2,400 people [S1].", Brief);
        var readings = new DeliverableReadings();
        var stating = new NexusSim.Core.Briefs.Brief("b.yaml", "Acme Bank", "Banking", "Atlantic Canada", 2400, "Situation.", "Pilot.", [], 2_000_000m, null, "h");
        var other = stating with { Headcount = 1800 };

        var withOther = new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], [], other) { Readings = readings });
        var withStating = new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], [], stating) { Readings = readings });
        var noBrief = new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], []) { Readings = readings });

        Assert.Equal("Figure 2,400 is cited to the client's brief, which does not state it", Assert.Single(withOther).Message);
        Assert.Empty(withStating);
        Assert.Empty(noBrief);
    }

    [Fact]
    public void Derived_MoreKeysThanTheCap_KeepsNoMoreThanTheCapAndStillAnswersEachKey()
    {
        var part = new DeliverableReadings().Read(Document("Roadmap", "Text.", Brief)).Parts[1];
        var lists = Enumerable.Range(0, PartReading.MaxDerived + 5).Select(i => (IReadOnlyList<string>)[$"name {i}"]).ToList();

        var first = lists.Select(l => part.Derived(static (_, names) => new[] { names[0] }, l)[0]).ToList();
        var again = lists.Select(l => part.Derived(static (_, names) => new[] { names[0] }, l)[0]).ToList();

        Assert.Equal(lists.Select(l => l[0]), first);
        Assert.Equal(first, again);
        Assert.Equal(PartReading.MaxDerived, part.DerivedCount);
    }

    // Each document judged with readings it shares with the other (the part read once), in the order asked,
    // and the findings equal to those of each judged alone.
    private static (List<string> A, List<string> B) JudgeBoth(string a, string b, bool aFirst)
    {
        var readings = new DeliverableReadings();
        List<string> foundA, foundB;
        if (aFirst)
        {
            foundA = Judge(a, readings);
            foundB = Judge(b, readings);
        }
        else
        {
            foundB = Judge(b, readings);
            foundA = Judge(a, readings);
        }

        Assert.Same(readings.Read(a).BodySections[0], readings.Read(b).BodySections[0]);
        Assert.Equal(Judge(a, new DeliverableReadings()), foundA);
        Assert.Equal(Judge(b, new DeliverableReadings()), foundB);
        return (foundA, foundB);
    }

    private static List<string> Judge(string markdown, DeliverableReadings readings)
    {
        var input = new CheckInput(markdown, [], [], [], []) { Readings = readings };
        return [.. new EvidenceCheck().Check(input).Concat(new AnalyticsCheck().Check(input)).Select(i => $"{i.Message}: {i.Target}")];
    }
}
