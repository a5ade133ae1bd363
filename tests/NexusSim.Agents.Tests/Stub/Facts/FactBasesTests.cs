using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// An engagement's fact base is built once and found by every later request of the engagement, whose
/// brief the stub reads out of each prompt afresh; another engagement never finds it.
/// </summary>
public sealed class FactBasesTests
{
    private static readonly IndustryProfile Industry = new("Banking", ["bank"], ["loan origination"], "average onboarding time", "days", 5, 19, "rules", "Retail banking operations benchmark survey", "f.md", 1);

    private static BriefFacts Brief(params string[] constraints) =>
        new("Acme Mutual (fictional)", "Regional banking", "Atlantic Canada", 2400, "Three business units ran pilots.", "A chatbot pilot stalled.", constraints, 2_500_000m);

    [Fact]
    public void For_TheSameBriefReadAgain_FindsTheBaseBuiltFirst()
    {
        var bases = new FactBases();
        var builds = 0;
        FactBase Build()
        {
            builds++;
            return FactBaseBuilder.Build(Brief("Two of the three business units"), Industry, 7);
        }

        var first = bases.For(Brief("Two of the three business units"), Industry, 7, Build);
        var again = bases.For(Brief("Two of the three business units"), Industry with { }, 7, Build);

        Assert.Same(first, again);
        Assert.Equal(1, builds);
    }

    [Theory]
    [InlineData("Two of the three business units", "", 8UL)]
    [InlineData("Two of the three business units", "and a second constraint", 7UL)]
    [InlineData("Two of the two business units", "", 7UL)]
    public void For_AnotherSeedOrConstraint_BuildsAnotherBase(string constraint, string more, ulong seed)
    {
        var bases = new FactBases();
        var first = bases.For(Brief("Two of the three business units"), Industry, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7));
        string[] constraints = more.Length == 0 ? [constraint] : [constraint, more];

        var other = bases.For(Brief(constraints), Industry, seed, () => FactBaseBuilder.Build(Brief(), Industry, seed));

        Assert.NotSame(first, other);
        Assert.Same(first, bases.For(Brief("Two of the three business units"), Industry, 7, () => throw new InvalidOperationException("built twice")));
    }

    [Fact]
    public void For_AnotherIndustryOrFee_BuildsAnotherBase()
    {
        var bases = new FactBases();
        var first = bases.For(Brief(), Industry, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7));

        Assert.NotSame(first, bases.For(Brief(), Industry with { Name = "Insurance" }, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7)));
        Assert.NotSame(first, bases.For(Brief() with { FeeUsd = 90_000m }, Industry, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7)));
    }

    [Fact]
    public void For_TwoEngagementsWithTheSameSeed_NeitherFindsTheOthersFigures()
    {
        var one = new FactBases();
        var two = new FactBases();
        var first = one.For(Brief(), Industry, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7));
        first.FindOrAdd(new Fact("figure|1-2", 1.5m, "1.5", FactOrigin.Engagement, "s", "a seeded figure", []));

        var second = two.For(Brief(), Industry, 7, () => FactBaseBuilder.Build(Brief(), Industry, 7));

        Assert.NotSame(first, second);
        Assert.Null(second.Find("figure|1-2"));
        Assert.NotNull(one.For(Brief(), Industry, 7, () => throw new InvalidOperationException("built twice")).Find("figure|1-2"));
    }

    [Fact]
    public void For_MoreSeedsThanItKeeps_StillAnswersEachWithItsOwnBase()
    {
        var bases = new FactBases();
        for (var seed = 0UL; seed < 40; seed++)
        {
            var s = seed;
            Assert.Equal(s, bases.For(Brief(), Industry, s, () => FactBaseBuilder.Build(Brief(), Industry, s)).Seed);
        }
    }
}
