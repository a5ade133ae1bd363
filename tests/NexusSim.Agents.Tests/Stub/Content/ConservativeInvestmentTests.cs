using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Each scenario of an investment case carries its own investment: the conservative one is the base case's with
/// an allowance for overruns. The retail brief's Scale-Up Case (seed 7) said the base case "pays back in 25 months
/// the $638K invested" and, a section later, that the conservative case "still pays back $702K in 43 months", a
/// second investment with no word of where the extra came from. A sentence of prose that states the conservative
/// investment says it allows for overruns (tables show each scenario's own column, so they are left alone).
/// </summary>
public sealed class ConservativeInvestmentTests
{
    [Theory]
    [InlineData("retail-ops.yaml")]
    [InlineData("logistics-roadmap.yaml")]
    public void ProseStatingTheConservativeInvestment_SeedsOneToForty_SaysItAllowsForOverruns(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var stated = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var facts = run.FactBase(seed);
            var conservative = facts.Find("investment_conservative")!.Text;
            Assert.NotEqual(facts.Find("investment_base")!.Text, conservative);
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                             .Where(s => s.Contains(conservative, StringComparison.Ordinal)))
                {
                    stated++;
                    Assert.True(sentence.Contains("overrun", StringComparison.Ordinal),
                        $"{brief}, seed {seed}, {deliverable}: the conservative investment {conservative} is stated without its allowance for overruns: {sentence}");
                }
            }
        }

        Assert.True(stated >= 15, $"Only {stated} sentences state the conservative investment for {brief} in 40 seeds.");
    }
}
