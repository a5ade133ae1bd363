using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The EU AI Act's sections say where the Act reaches (the European Union) and which obligations bind the
/// client's region. Written as one sentence, an EU client's read "used or offered in the European Union, and
/// in European Union (Ireland and the Netherlands) the obligations that bind are the EU AI Act, ...": the
/// Union twice in one breath. No sentence of those sections names the European Union twice.
/// </summary>
public sealed class EuAiActSentenceTests
{
    [Fact]
    public void EuClient_SeedsOneToForty_NoSentenceOfTheEuAiActSectionsNamesTheUnionTwice()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var sections = 0;
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "EU AI Act");
                if (lines.Count == 0)
                {
                    continue;
                }

                sections++;
                problems.AddRange(ProseReader.Paragraphs(string.Join('\n', lines))
                    .SelectMany(ProseReader.Sentences)
                    .Where(s => s.Split("European Union").Length > 2)
                    .Select(s => $"seed {seed}, {deliverable}: {s}"));
            }
        }

        Assert.True(sections >= 40, $"only {sections} EU AI Act sections in 40 seeds of the insurer brief");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
