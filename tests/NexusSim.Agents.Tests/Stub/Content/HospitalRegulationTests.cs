using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The UK hospital network's deliverables held it to "UK GDPR, the Data Protection Act and sector regulator guidance"
/// ("Legal review under UK GDPR, the Data Protection Act and sector regulator guidance", hospital-architecture, seed 4,
/// Model Strategy Brief; the Compliance Mapping and the Test and Production environments likewise): a trust whose
/// clinical safety officer approves the design answers to the NHS clinical safety standards for health IT and to the
/// MHRA's rules on software as a medical device, not to an unnamed "sector regulator". A UK hospital or healthcare
/// client is now held to those by name, in every run of its line.
/// </summary>
public sealed class HospitalRegulationTests
{
    [Fact]
    public void HospitalArchitecture_SeedsOneToForty_NamesTheClinicalSafetyStandards()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml"));
        var named = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var units = markdown.Split('\n').Where(l => l.StartsWith('|')).Concat(ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences));
                foreach (var unit in units.Where(u => u.Contains("UK GDPR", StringComparison.Ordinal)))
                {
                    named++;
                    Assert.DoesNotContain("sector regulator guidance", unit, StringComparison.Ordinal);
                    Assert.True(unit.Contains("clinical safety standards", StringComparison.Ordinal) && unit.Contains("MHRA", StringComparison.Ordinal),
                        $"hospital-architecture, seed {seed}, {deliverable}: the UK hospital's regulations name no clinical safety standard: {unit}");
                }
            }
        }

        Assert.True(named >= 70, $"hospital-architecture: only {named} statements of the client's regulations in 40 seeds.");
    }
}
