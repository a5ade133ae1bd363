using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// An engagement that copies data does not say it copies none. For a client whose work is pulled together by
/// hand from several systems, the Target-State Architecture's Data Flows read "Today people put this work together
/// by hand, one system at a time, so the design starts from where each piece of information lives, without a new
/// copy of any of them" right under its own table moving case data from the system of record into a "Curated store"
/// hourly (hospital-architecture brief, seed 4; seeds 2 and 8: "read in place rather than copied"), while the same
/// run's Infrastructure Cost Model tests on a "Masked copy of last year's ... cases" and indexes policy documents
/// nightly. In a run whose deliverables describe a curated store, a masked copy or a search index, no sentence says
/// the design reads data in place or makes no copy.
/// </summary>
public sealed partial class DataCopyClaimTests
{
    [Fact]
    public void HospitalArchitecture_SeedsOneToSixty_NoNoCopyClaimWhereTheDesignCopies()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml"));
        var options = new ShippedBriefRun.RunOptions(AllLines: true);
        var (copying, byHand) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var deliverables = run.Run(seed, options);
            var copies = deliverables.Where(d => Copy().IsMatch(d.Value)).Select(d => d.Key).ToList();
            if (copies.Count == 0)
            {
                continue;
            }

            copying++;
            foreach (var (id, markdown) in deliverables)
            {
                var prose = string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith('|')));
                foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences))
                {
                    if (sentence.Contains("by hand", StringComparison.OrdinalIgnoreCase) && sentence.Contains("design", StringComparison.OrdinalIgnoreCase))
                    {
                        byHand++;
                    }

                    Assert.False(NoCopy().IsMatch(sentence),
                        $"hospital-architecture, seed {seed}, {id}: {string.Join(", ", copies)} describe a copy of the client's data, but this says none is made: {sentence}");
                }
            }
        }

        Assert.True(copying >= 30, $"only {copying} runs in 60 seeds describe a curated store, a masked copy or a search index.");
        Assert.True(byHand >= 30, $"only {byHand} sentences in 60 seeds say how the design meets work done by hand.");
    }

    [GeneratedRegex(@"curated store|masked copy|search index", RegexOptions.IgnoreCase)]
    private static partial Regex Copy();

    [GeneratedRegex(@"rather than copied|instead of copied|not copied|without (a )?(new )?cop(y|ies|ying)|no new cop(y|ies)|read in place", RegexOptions.IgnoreCase)]
    private static partial Regex NoCopy();
}
