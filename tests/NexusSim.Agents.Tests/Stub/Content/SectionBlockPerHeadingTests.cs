using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Two required headings of one deliverable never write from one section block: the roadmap's Workforce Plan
/// wrote Skills Gaps and Reskilling from the same "Workforce plan" block, and printed its table twice.
/// </summary>
public sealed class SectionBlockPerHeadingTests
{
    [Theory]
    [InlineData("agents")]
    [InlineData("samples/five-agent-firm")]
    public void Library_EveryShippedDeliverable_EachHeadingHasABlockOfItsOwn(string firm)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, folder);
        var problems = new List<string>();
        var headings = 0;

        foreach (var (line, type) in manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (Line: l, Type: manifest.DeliverableType(d)))))
        {
            var byBlock = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var heading in type.RequiredSections)
            {
                if (library.TemplateVariants(heading, line.Name) is not { } variants)
                {
                    continue; // the generic fallback: counted by the fallback-section tests
                }

                headings++;
                var block = string.Join("\n##\n", variants);
                if (byBlock.TryGetValue(block, out var other))
                {
                    problems.Add($"{type.Id}: '{heading}' and '{other}' write from one block");
                }
                else
                {
                    byBlock[block] = heading;
                }
            }
        }

        Assert.True(headings >= 5, $"only {headings} headings matched a block");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
