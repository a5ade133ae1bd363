using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The investment case's Payback section says adoption moves payback more than any other assumption. One tail
/// added ", including model prices" ("Of every assumption, adoption moves payback most, including model prices",
/// logistics brief, seed 11), which puts model prices inside adoption. The claim may set model prices beside
/// adoption ("model prices included"), never inside it.
/// </summary>
public sealed partial class PaybackSensitivityTests
{
    [Fact]
    public void InvestmentCase_SeedsOneToForty_AdoptionClaimDoesNotIncludeAnotherAssumption()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "logistics-roadmap.yaml"));
        var claims = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (Match claim in AdoptionClaim().Matches(string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Payback"))))
                {
                    claims++;
                    Assert.False(claim.Value.Contains(", including", StringComparison.Ordinal), $"seed {seed}, {deliverable}: {claim.Value}");
                }
            }
        }

        Assert.True(claims >= 5, $"Only {claims} adoption claims in 40 seeds.");
    }

    [GeneratedRegex(@"[^.\n]*\badoption\b[^.\n]*\b(most|as much as|more than any)\b[^.\n]*")]
    private static partial Regex AdoptionClaim();
}
