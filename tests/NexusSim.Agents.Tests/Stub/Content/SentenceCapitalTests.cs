using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A sentence starts with a capital, whatever value opens it. Templates that open a sentence with a process's name
/// wrote it as the brief's industry gives it, in lower case: the Initiative Portfolio's "... passes its value review,
/// so nothing is built twice. route planning comes after" (the logistics brief) and the heat map's "loan origination
/// is the most ready" (the default brief). No paragraph of any deliverable of any shipped brief, any line, seeds 1 to
/// 30, has a sentence that opens in lower case; and the processes the industry names do open sentences, capitalized.
/// </summary>
public sealed partial class SentenceCapitalTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void EveryLine_SeedsOneToThirty_NoSentenceOpensInLowerCase(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        var options = new ShippedBriefRun.RunOptions(AllLines: true);
        var (boundaries, processes) = (0, 0);
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var deliverables = run.Run(seed, options);
            // The processes the industry names, as the heat map's first three rows give them (a firm without one has none).
            var names = deliverables.TryGetValue("use_case_heat_map", out var map)
                ? ShippedBriefRun.SectionLines(map, "Use Cases").Where(l => l.StartsWith('|')).Skip(2).Take(3)
                    .Select(l => Process().Match(TableReader.Cells(l)[1]).Groups["p"].Value).Where(p => p.Length > 0).ToList()
                : [];
            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var paragraph in ProseReader.Paragraphs(markdown))
                {
                    foreach (Match opening in Opening().Matches(paragraph))
                    {
                        boundaries++;
                        var rest = paragraph[opening.Index..].TrimStart();
                        Assert.False(char.IsLower(rest[0]) && !Abbreviation().IsMatch(paragraph[..opening.Index]),
                            $"{brief}, seed {seed}, {deliverable}: a sentence opens in lower case: {paragraph}");
                        processes += names.Count(n => rest.StartsWith(char.ToUpperInvariant(n[0]) + n[1..], StringComparison.Ordinal));
                    }
                }
            }
        }

        Assert.True(boundaries >= 300, $"{brief}: only {boundaries} sentence boundaries in 30 seeds.");
        if (firm == "agents")
        {
            Assert.True(processes >= 5, $"{brief}: only {processes} sentences in 30 seeds open with the name of a process the industry names.");
        }
    }

    // Where a sentence may open: after a full stop, question or exclamation mark and a space. Not ProseReader.Sentences:
    // it splits only before a capital, so the lower-case opening this test looks for is the one place it cannot split.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex Opening();

    // "e.g. loan ...", "i.e. the ...", "vs. the ...", "the C.F.R. provisions": not a sentence's end.
    [GeneratedRegex(@"\b(?:e\.g|i\.e|vs|etc)\.$|\b(?:[A-Z]\.){2,}$")]
    private static partial Regex Abbreviation();

    // "Agent-assisted loan origination", "Exception triage in dispute handling", "Drafting in customer correspondence".
    [GeneratedRegex(@"(?:^Agent-assisted |\bin )(?<p>[a-z][^|]*)$")]
    private static partial Regex Process();
}
