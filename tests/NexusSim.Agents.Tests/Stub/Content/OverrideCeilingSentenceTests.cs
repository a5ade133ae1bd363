using System.Globalization;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Board Report's Key Risk Indicators said "When reviewers override more, the agent needs attention, against a
/// ceiling of 10%" (insurer-claims, seed 1): the ceiling hangs on "the agent", and the rate it caps is never named
/// ("with 10% as its ceiling" made it the agent's). A sentence of the Board Report that states the override ceiling
/// now names the override rate (or the overrides) it caps.
/// </summary>
public sealed class OverrideCeilingSentenceTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void BoardReport_SeedsOneToForty_TheOverrideCeilingNamesItsRate(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "board_report");
        var stated = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var ceiling = run.FactBase(seed).Find("override_target")!.Text;
            var report = run.Run(seed, options)["board_report"];
            var section = ShippedBriefRun.SectionLines(report, "Key Risk Indicators");
            foreach (var sentence in ProseReader.Paragraphs(string.Join("\n", section)).SelectMany(ProseReader.Sentences).Where(s => s.Contains(ceiling, StringComparison.Ordinal)))
            {
                stated++;
                Assert.True(sentence.Contains("override rate", StringComparison.OrdinalIgnoreCase) || sentence.Contains("overrides", StringComparison.OrdinalIgnoreCase), $"{brief}, seed {seed}, board_report: the ceiling of {ceiling} names no override rate: {sentence}");
            }
        }

        Assert.True(stated >= 12, $"{brief}: only {stated} Key Risk Indicators sentences in 40 seeds state the override ceiling.");
    }
}
