using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The five-agent sample's Research Memo finds that Texas puts the duty to disclose AI used in care on practitioners,
/// then recommended "a disclosure of AI use in care that Texas clinics can adopt as written, in Meridian Health
/// Analytics' name" (seed 8): the vendor's name on a notice the law requires of the practitioner. No recommendation of
/// the firm's deliverables puts the Texas disclosure in the client's name.
/// </summary>
public sealed class DisclosureDutyTests
{
    [Fact]
    public void FiveAgentFirm_SeedsOneToEighty_TheTexasDisclosureIsNeverInTheVendorsName()
    {
        var firm = Path.Combine("samples", "five-agent-firm");
        var run = ShippedBriefRun.Load(firm, Path.Combine(firm, "brief.yaml"));
        // A possessive drops the brief's "(fictional)" tag ("in Meridian Health Analytics' name"), so the name is matched without it.
        var client = run.Brief.Client.Replace(" (fictional)", string.Empty, StringComparison.Ordinal);
        var texas = 0;
        for (ulong seed = 1; seed <= 80; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => s.Contains("Texas", StringComparison.Ordinal) && s.Contains("disclos", StringComparison.OrdinalIgnoreCase)))
                {
                    texas++;
                    Assert.False(sentence.Contains($"in {client}'", StringComparison.Ordinal) && sentence.Contains(" name", StringComparison.Ordinal), $"seed {seed}, {deliverable}: the practitioner's disclosure in the vendor's name: {sentence}");
                }
            }
        }

        Assert.True(texas >= 80, $"only {texas} sentences about the Texas disclosure in 80 seeds.");
    }
}
