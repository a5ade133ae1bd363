using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Two sections of one deliverable never open a sentence with the same four words (figures masked) when it opens
/// on a pronoun, article or preposition, the openings that read as a template when repeated: the default brief's
/// Stakeholder Map (seed 42) opened Champions and Change Readiness alike with "We mapped 26 stakeholders", the
/// roadmap's Board Deck asked "The board is asked" in both its sections, the Investment Case opened NPV and IRR
/// with "In the base case" and "Across the scenarios it", the sequencing plan Dependencies and Critical Path with
/// "The weekly plan review". A name opening two sentences (the client, a use case) is not counted. Every shipped
/// brief, seeds 1–10, as the planner asks.
/// </summary>
public sealed partial class SectionOpeningTests
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "we", "our", "the", "this", "these", "it", "its", "in", "across", "for", "of", "on", "at", "a", "an", "each", "every", "having", "with",
    };

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_OneDeliverable_NoTwoSectionsOpenASentenceAlike(string firm, string briefPath)
    {
        var repeated = new List<string>();
        var sentences = 0;
        foreach (var (run, deliverables) in ShippedBriefRun.Load(firm, briefPath).Runs(10))
        {
            foreach (var (type, markdown) in deliverables)
            {
                var first = new Dictionary<string, string>(StringComparer.Ordinal);
                var section = string.Empty;
                foreach (var line in markdown.Split('\n'))
                {
                    if (line.StartsWith("## ", StringComparison.Ordinal))
                    {
                        section = line[3..];
                        continue;
                    }

                    foreach (var sentence in ProseReader.Paragraphs(line).SelectMany(ProseReader.Sentences))
                    {
                        sentences++;
                        var words = Figures().Replace(sentence.ToLowerInvariant(), "#").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (words.Length < 4 || !Openers.Contains(words[0]))
                        {
                            continue;
                        }

                        var opening = string.Join(' ', words.Take(4));
                        if (first.TryGetValue(opening, out var other) && other != section)
                        {
                            repeated.Add($"{run} {type}: '{opening}' opens a sentence in {other} and in {section}");
                        }
                        else
                        {
                            first.TryAdd(opening, section);
                        }
                    }
                }
            }
        }

        Assert.True(sentences >= 100, $"only {sentences} sentences read");
        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [GeneratedRegex(@"[\d.,%$]+")]
    private static partial Regex Figures();
}
