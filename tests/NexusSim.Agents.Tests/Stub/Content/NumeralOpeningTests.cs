using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub.Variety;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// House style never opens a sentence with a numeral: "37% of loan origination records lack a field" or "26 stakeholders
/// were interviewed" (a list item's sentence too, after its marker) reads as a table cell, not prose. Every sentence of
/// every deliverable of every shipped brief, seeds 1 to 40, of every service line's deliverables, and of every fallback block a
/// firm's own heading reaches, opens with a word; tables and the Key facts line are not prose.
/// </summary>
public sealed class NumeralOpeningTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void EveryShippedBrief_SeedsOneToForty_NoSentenceOpensWithANumeralOrAMoneyFigure(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        var read = 0;
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    read++;
                    if (OpensWithAFigure(sentence))
                    {
                        problems.Add($"seed {seed}, {deliverable}: {sentence}");
                    }
                }
            }
        }

        Assert.True(read >= 1000, $"Only {read} sentences read in 40 seeds of {brief}.");
        Assert.True(problems.Count == 0, $"{problems.Count} sentences open with a figure:\n" + string.Join('\n', problems.Take(60)));
    }

    [Fact]
    public void EveryLinesDeliverablesAndFallbackBlocks_SeedsOneToForty_NoSentenceOpensWithANumeralOrAMoneyFigure()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var marked = SectionBlockReachTests.MarkedFallback(RepoFiles.Combine("agents")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fallbacks = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine("agents")).Sections
            .Where(s => marked.Contains(s.Heading)).Select(s => s.Heading).ToList();
        var (read, ownSections) = (0, 0);
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)).ToList();
            foreach (var live in new[] { false, true })
            {
                var id = live ? "own-live" : "own";
                var headings = fallbacks.Where(h => run.Library.FallbackHeadings([h], live).Count == 0).ToList();
                ownSections += headings.Count;
                deliverables.Add(new(id, run.ComposeOwn(id, headings, seed, live)));
            }

            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    read++;
                    if (OpensWithAFigure(sentence))
                    {
                        problems.Add($"seed {seed}, {deliverable}: {sentence}");
                    }
                }
            }
        }

        Assert.True(ownSections >= 40 * 30, $"Only {ownSections} fallback sections written in 40 seeds.");
        Assert.True(read >= 20000, $"Only {read} sentences read in 40 seeds.");
        Assert.True(problems.Count == 0, $"{problems.Count} sentences open with a figure:\n" + string.Join('\n', problems.Take(60)));
    }

    private static bool OpensWithAFigure(string sentence) => char.IsDigit(sentence[0]) || sentence[0] is '$' or '€' or '£';
}
