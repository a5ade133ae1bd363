using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The released Weekly Status of the retail brief's seed 5 read "Trends over the last 5 weeks [S5]: The team will focus
/// on the use cases that change the measured result in demand forecasting." above the trends table: the cliché the
/// quality model planted ("move the needle") had been appended to the section's first paragraph, which ends on a colon
/// because it introduces the table, and the reviser's rewrite of the phrase left the sentence standing between the
/// colon and its table. The cliché is still planted (it is the defect the gates must catch), but never after a
/// paragraph that ends on a colon: in another paragraph of the section, or after the section's table or list.
/// </summary>
public sealed class ClichePlacementTests
{
    [Theory]
    [InlineData("retail-ops.yaml")]
    [InlineData("insurer-claims.yaml")]
    public void Compose_PlantedCliche_SeedsOneToOneTwenty_NeverFollowsAColonThatIntroducesATable(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var (planted, besideColon) = (0, 0);
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var text = seed.ToString(CultureInfo.InvariantCulture);
            foreach (var id in run.Line.Deliverables)
            {
                var type = run.Manifest.DeliverableType(id);
                var request = new DraftRequest(type.Id, type.Name, run.Line.Name, type.RequiredSections, run.Facts, [], [DefectKind.Cliche], StableHash.Seed(text, type.Id))
                {
                    FactSeed = DraftRequest.FactSeedOf(text),
                    ServiceLineWeeks = run.Line.Weeks,
                    Live = true,
                };
                var draft = run.Library.Compose(request);
                foreach (var defect in draft.Defects.Where(d => d.Kind == DefectKind.Cliche))
                {
                    planted++;
                    var lines = draft.Markdown.Split('\n');
                    var line = Array.FindIndex(lines, l => l.Contains(defect.Detail, StringComparison.Ordinal));
                    Assert.True(line >= 0, $"{brief}, seed {seed}, {id}: the planted sentence is not in the draft: {defect.Detail}");
                    var before = lines[line][..lines[line].IndexOf(defect.Detail, StringComparison.Ordinal)].TrimEnd();
                    Assert.False(before.EndsWith(':'), $"{brief}, seed {seed}, {id}: the planted sentence follows a colon that introduces what comes below: {lines[line]}");

                    // The section it went to opens on a colon: the situation this test guards.
                    var heading = Array.FindLastIndex(lines, line, l => l.StartsWith("## ", StringComparison.Ordinal));
                    if (lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Any(l => l.Length > 0 && char.IsLetter(l[0]) && l.TrimEnd().EndsWith(':')))
                    {
                        besideColon++;
                    }
                }
            }
        }

        Assert.True(planted >= 400 && besideColon >= 4, $"{brief}: only {planted} clichés planted, {besideColon} in a section that opens on a colon, in 120 seeds.");
    }
}
