using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Policy Suite's "Acceptable Use" section could be the table of all six policies (acceptable use, risk
/// management, data governance, human oversight, third-party AI, incident response) with a line on the guidelines
/// they replace, and nothing on what staff may do with AI (insurer-claims, seed 3): the heading matched the suite's
/// block by its alias. Every Acceptable Use section of a governance run speaks of acceptable use and lists no other
/// policy of the suite.
/// </summary>
public sealed class AcceptableUseSectionTests
{
    // The suite's other policies, as its table names them.
    private static readonly string[] OtherPolicies = ["AI risk management", "Data governance for AI", "Third-party AI", "Incident response"];

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToForty_AcceptableUseIsAboutAcceptableUse(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var sections = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "policy_suite")))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "Acceptable Use");
                if (lines.Count == 0)
                {
                    continue;
                }

                sections++;
                var text = string.Join('\n', lines);
                Assert.True(TableReader.Rows(lines).Count == 0, $"{brief}, seed {seed}, {deliverable}: Acceptable Use holds a table of {TableReader.Rows(lines).Count} rows:\n{text}");
                var prose = string.Join(' ', ProseReader.Paragraphs(text));
                Assert.True(prose.Contains("acceptable use", StringComparison.OrdinalIgnoreCase) || prose.Contains("AI", StringComparison.Ordinal), $"{brief}, seed {seed}, {deliverable}: Acceptable Use says nothing of what use of AI is acceptable:\n{text}");
                Assert.DoesNotContain(OtherPolicies, p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.True(sections >= 40, $"{brief}: only {sections} Acceptable Use sections in 40 seeds.");
    }
}
