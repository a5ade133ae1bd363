using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Change Playbook names only sponsors it has introduced. Its Adoption Measures closed "Two weeks below target
/// brings the unit's change lead in, with the unit sponsor" while its Sponsorship section in the same deliverable
/// described one executive sponsor and no unit sponsors ("The executive sponsor chairs the steering group and opens
/// each wave in person ..."; logistics-roadmap brief, seed 5): the reader meets "the unit sponsor" with nobody in
/// that role. A Change Playbook that mentions a unit sponsor introduces unit sponsors (its Sponsorship table's
/// "Unit sponsor for ..." rows or the local sponsors of each business unit).
/// </summary>
public sealed class UnitSponsorIntroducedTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ChangePlaybook_SeedsOneToSixty_UnitSponsorIsIntroducedBeforeItIsNamed(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "change_playbook");
        var (belowTarget, executiveOnly) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var playbook = run.Run(seed, options)["change_playbook"];
            var sponsorship = ShippedBriefRun.SectionLines(playbook, "Sponsorship");
            var introduced = sponsorship.Any(l => l.Contains("Unit sponsor for", StringComparison.Ordinal) || l.Contains("local sponsor", StringComparison.OrdinalIgnoreCase));
            if (!introduced)
            {
                executiveOnly++;
            }

            var prose = string.Join('\n', playbook.Split('\n').Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences))
            {
                if (sentence.Contains("below target", StringComparison.OrdinalIgnoreCase))
                {
                    belowTarget++;
                }

                Assert.False(!introduced && sentence.Contains("unit sponsor", StringComparison.OrdinalIgnoreCase),
                    $"{brief}, seed {seed}, change_playbook: its Sponsorship introduces no unit sponsors, but this names one: {sentence}");
            }
        }

        Assert.True(belowTarget >= 10, $"{brief}: only {belowTarget} Adoption Measures sentences in 60 seeds say what happens below target.");
        Assert.True(executiveOnly >= 10, $"{brief}: only {executiveOnly} Change Playbooks in 60 seeds have an executive sponsor alone.");
    }
}
