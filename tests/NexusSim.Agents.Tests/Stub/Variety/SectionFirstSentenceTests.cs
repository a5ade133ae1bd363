namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// A section's first sentence does not lean on something the section has not named: the default brief's
/// Quick-Win Brief (seed 42) opened its 90-Day Delivery with "Each one can be delivered inside ninety days",
/// the quick wins it meant being named only in the section before. A first sentence opening on a bare pronoun
/// or "each one" reads as a dangling reference to a client who reads the section on its own. Every shipped
/// brief, seeds 1–10, as the planner asks.
/// </summary>
public sealed class SectionFirstSentenceTests
{
    // Openings that point back to something already named: a pronoun, or a determiner standing alone ("those who",
    // "both X and Y" and "neither statute" name what they are about and are not listed).
    private static readonly string[] Dangling =
    [
        "each one ", "every one ", "each of them ", "it ", "its ", "they ", "their ", "them ", "these are ", "this is ", "that is ",
    ];

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_EverySection_FirstSentenceNamesWhatItIsAbout(string firm, string briefPath)
    {
        var dangling = new List<string>();
        var sections = 0;
        foreach (var (run, deliverables) in ShippedBriefRun.Load(firm, briefPath).Runs(10))
        {
            foreach (var (type, markdown) in deliverables)
            {
                var section = string.Empty;
                var opened = true;
                foreach (var line in markdown.Split('\n'))
                {
                    if (line.StartsWith("## ", StringComparison.Ordinal))
                    {
                        section = line[3..];
                        opened = false;
                        continue;
                    }

                    if (opened || ProseReader.Paragraphs(line).SelectMany(ProseReader.Sentences).FirstOrDefault() is not { } first)
                    {
                        continue;
                    }

                    opened = true;
                    sections++;
                    var lower = first.ToLowerInvariant();
                    if (Dangling.FirstOrDefault(d => lower.StartsWith(d, StringComparison.Ordinal)) is { } opening)
                    {
                        dangling.Add($"{run} {type} / {section}: opens on '{opening.Trim()}': {first}");
                    }
                }
            }
        }

        Assert.True(sections >= 100, $"only {sections} sections read");
        Assert.True(dangling.Count == 0, string.Join("\n", dangling.Distinct().Take(40)));
    }
}
