using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// An assessment engagement finds that the process the stalled pilot targeted has no named owner yet: its
/// Executive Presentation asks the sponsor to "name the person who owns loan origination" within two weeks and to
/// give each use case a business owner, and its Findings count the records that still need a fix. Yet the Heat
/// Map's Readiness read "loan origination has an owner and a baseline, dispute handling has neither yet", the
/// Quick-Win Brief's top use case returned to the pilot's process "now with an owner and clean data" (the default
/// brief, seed 1), and the heat map's other phrasings gave it "an owner in view". No deliverable of the engagement
/// says that process (or the first use case, which is it) already has an owner, clean data or data fit for use;
/// they state its actual state (a measured baseline, the owner still to be named, the data still to fix) or what the
/// plan will put in place.
/// </summary>
public sealed partial class ProcessOwnerStateTests
{
    [Theory]
    [InlineData("default.yaml")]
    [InlineData("hospital-architecture.yaml")]
    [InlineData("retail-ops.yaml")]
    public void AssessmentRun_SeedsOneToForty_NoSentenceGivesTheFirstProcessAnOwnerOrCleanData(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "use_case_heat_map");
        var (readiness, topUseCase) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, options);
            // The map's first use case is "Agent-assisted <process1>".
            var first = ShippedBriefRun.SectionLines(deliverables["use_case_heat_map"], "Use Cases").First(l => l.StartsWith("| 1 |", StringComparison.Ordinal));
            var process = Process().Match(first).Groups["p"].Value.Trim();
            Assert.False(string.IsNullOrEmpty(process), $"{brief}, seed {seed}: no process in the map's first row: {first}");

            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    var aboutIt = sentence.Contains(process, StringComparison.OrdinalIgnoreCase) || FirstUseCase().IsMatch(sentence);
                    if (!aboutIt)
                    {
                        continue;
                    }

                    Assert.False(Claim().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the engagement asks for an owner of {process} and says its records need fixing, yet: {sentence}");
                }
            }

            readiness += Mentions(deliverables["use_case_heat_map"], "Readiness", s => s.Contains(process, StringComparison.OrdinalIgnoreCase) && s.Contains("owner", StringComparison.OrdinalIgnoreCase));
            topUseCase += Mentions(deliverables["quick_win_brief"], "Opportunities", s => FirstUseCase().IsMatch(s) && s.Contains("pilot", StringComparison.Ordinal));
        }

        Assert.True(readiness >= 5, $"{brief}: only {readiness} heat-map Readiness sentences in 40 seeds say where the owner of the first process stands.");
        Assert.True(topUseCase >= 5, $"{brief}: only {topUseCase} quick-win sentences in 40 seeds take the first use case back to the stalled pilot's process.");
    }

    private static int Mentions(string markdown, string section, Func<string, bool> about) =>
        ProseReader.Paragraphs(string.Join('\n', ShippedBriefRun.SectionLines(markdown, section))).SelectMany(ProseReader.Sentences).Count(about);

    [GeneratedRegex(@"^\| 1 \| Agent-assisted (?<p>[^|]+)\|")]
    private static partial Regex Process();

    [GeneratedRegex(@"\b(?:first|top) use case\b|\bfirst on the list\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstUseCase();

    // It has (or comes now with) an owner, named or accountable, or one "in view", or clean data, or data fit for use.
    [GeneratedRegex(@"\b(?:has|with)\s+(?:an?|its)\s+(?:named\s+|accountable\s+)?owner\b|\bowner in view\b|\bclean data\b|\bfit for use\b", RegexOptions.IgnoreCase)]
    private static partial Regex Claim();
}
