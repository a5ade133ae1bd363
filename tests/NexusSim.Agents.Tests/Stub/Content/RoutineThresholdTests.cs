using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A hospital's pilot took "the routine discharge planning cases below the owner's value threshold", and its
/// architecture flagged a draft discharge "when its value is above the process owner's limit" (hospital-architecture):
/// a discharge is sorted by its clinical risk, not by what it is worth. The industry profile's <c>threshold:</c> line
/// names what the owner's limit measures: every such limit in a hospital run is a clinical-risk one, and a retailer's
/// (no <c>threshold:</c> line) stays a value threshold.
/// </summary>
public sealed partial class RoutineThresholdTests
{
    [Theory]
    [InlineData("hospital-architecture.yaml", "clinical risk")]
    [InlineData("retail-ops.yaml", "value")]
    public void PilotAndArchitectureRuns_SeedsOneToForty_TheOwnersLimitMeasuresWhatTheIndustrySortsCasesBy(string brief, string measure)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var limits = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "pilot_design"))
                .Concat(run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture")));
            foreach (var (deliverable, markdown) in deliverables)
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).SelectMany(r => r.Values));
                foreach (var text in texts)
                {
                    foreach (Match m in Limit().Matches(text))
                    {
                        limits++;
                        Assert.True(m.Groups["measure"].Value == measure, $"{brief}, seed {seed}, {deliverable}: the owner's limit measures {m.Groups["measure"].Value}, not {measure}: {text}");
                    }
                }
            }
        }

        Assert.True(limits >= 40, $"{brief}: only {limits} owner's limits on routine cases in 40 seeds of the pilot and architecture lines.");
    }

    [GeneratedRegex(@"\b(?<measure>value|clinical risk) threshold\b|\bits (?<measure>value|clinical risk) above\b", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();
}
