using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Compliance Map's Sector Rules said "The general frameworks do not cover everything Northgate Assurance
/// Group's sector demands in the European Union (Ireland and the Netherlands): the EU AI Act, Solvency II model-risk
/// expectations and national conduct rules" (insurer-claims, seed 1), naming as the sector's own rules the AI law the
/// map's first section treats as a general framework; the default brief's named PIPEDA, a privacy law for every
/// sector. The client's regulations are now mapped alongside the sector rules, never introduced as them.
/// </summary>
public sealed partial class SectorRulesListTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToForty_SectorRulesAreNotTheGeneralLaws(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "compliance_map");
        var named = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, options)["compliance_map"], "Sector Rules");
            foreach (var sentence in ProseReader.Paragraphs(string.Join("\n", section)).SelectMany(ProseReader.Sentences).Where(s => GeneralLaw().IsMatch(s)))
            {
                named++;
                Assert.False(Equated().IsMatch(sentence), $"{brief}, seed {seed}, compliance_map: Sector Rules gives a cross-sector law as the sector's own rules: {sentence}");
            }
        }

        Assert.True(named >= 20, $"{brief}: only {named} Sector Rules sentences in 40 seeds name the client's regulations.");
    }

    private const string Laws = @"(?:the )?(?:EU AI Act|PIPEDA|UK GDPR|HIPAA|OSFI|FTC|PRA|NAIC|Federal Reserve|AI, data-protection|state privacy laws)";

    [GeneratedRegex(@"\b" + Laws, RegexOptions.IgnoreCase)]
    private static partial Regex GeneralLaw();

    [GeneratedRegex(@"(?::|\b(?:are|is|means|that means)) " + Laws, RegexOptions.IgnoreCase)]
    private static partial Regex Equated();
}
