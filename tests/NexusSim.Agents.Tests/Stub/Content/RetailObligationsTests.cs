using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail pilot's risk register feared "Non-compliance with FTC guidance on automated decisions, state privacy laws
/// such as the CCPA and sector rules" (High impact), its results report masked personal data "as required under FTC
/// guidance on automated decisions", and its knowledge transfer listed that guidance as what auditors need (retail-ops,
/// seed 3): guidance on automated decisions about consumers, for a pilot that plans store replenishment with buyers
/// approving every order. A United States retailer's obligations are now the rules on the data its pilot touches:
/// state privacy laws for loyalty and online-order data, the FTC's rules on consumer data and the card-data standard.
/// </summary>
public sealed class RetailObligationsTests
{
    [Fact]
    public void RetailPilotRun_SeedsOneToForty_ObligationsAreTheRulesOnItsDataNotOnAutomatedDecisions()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var named = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions()))
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).SelectMany(r => r.Values))
                    .Concat(markdown.Split('\n').Where(l => l.StartsWith("- [S", StringComparison.Ordinal)));
                foreach (var text in texts.Where(t => t.Contains("CCPA", StringComparison.Ordinal)))
                {
                    named++;
                    Assert.False(text.Contains("automated decisions", StringComparison.OrdinalIgnoreCase), $"seed {seed}, {deliverable}: a replenishment pilot's obligations are guidance on automated decisions about consumers: {text}");
                    Assert.True(text.Contains("PCI DSS", StringComparison.Ordinal), $"seed {seed}, {deliverable}: a retailer's obligations without the card-data standard: {text}");
                }
            }
        }

        Assert.True(named >= 40, $"only {named} statements of the retailer's obligations in 40 seeds of its pilot.");
    }
}
