using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Every section block of the shipped content (the shared <c>prompts/content</c> and each shipped firm's own
/// <c>content/</c>) is written by some shipped deliverable: a required heading of a deliverable type of a
/// shipped firm matches it (by name, alias or keywords, for the deliverable's service line, as a draft's heading is matched). The exceptions are
/// the generic fallback (<c># section: *</c>) and the blocks marked <c>fallback:</c> (the broader templates a
/// firm's own headings reach by keywords). A block neither reached nor marked is text no run ever writes.
/// </summary>
public sealed class SectionBlockReachTests
{
    private static readonly string[] ShippedFirms = ["agents", Path.Combine("samples", "five-agent-firm")];

    [Fact]
    public void Match_ShippedFirmsHeadings_ReachEverySectionBlockOfTheShippedContent()
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var blocks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var firm in ShippedFirms)
        {
            var folder = RepoFiles.Combine(firm);
            var data = ContentLoader.Load(RepoFiles.PromptsDirectory, folder);
            var manifest = ManifestLoader.Load(folder).Manifest!;
            blocks.UnionWith(data.Sections.Select(s => s.Heading).Where(h => h != SectionTemplate.Generic).Except(MarkedFallback(folder), StringComparer.OrdinalIgnoreCase));
            reached.UnionWith(manifest.ServiceLines
                .SelectMany(l => l.Deliverables.Select(manifest.DeliverableType)
                    .SelectMany(t => DraftComposer.BodyHeadings(t.RequiredSections))
                    .Select(h => SectionMatcher.Match(data, h, l.Name).Heading)));
        }

        var unreached = blocks.Where(b => !reached.Contains(b)).Order(StringComparer.Ordinal).ToList();

        Assert.True(blocks.Count > 50, $"only {blocks.Count} section blocks read");
        Assert.True(unreached.Count == 0, "No shipped heading reaches (and no fallback: line marks): " + string.Join(", ", unreached));
    }

    // The names of the section blocks carrying a "fallback:" line, read from the files (shared, then the firm's own).
    internal static IEnumerable<string> MarkedFallback(string firmFolder)
    {
        var files = new[] { Path.Combine(RepoFiles.PromptsDirectory, "content"), Path.Combine(firmFolder, "content") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.md"));
        foreach (var file in files)
        {
            string? block = null;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    block = line.StartsWith("# section: ", StringComparison.Ordinal) ? line["# section: ".Length..].Trim() : null;
                }
                else if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    block = null;
                }
                else if (block is not null && line.StartsWith("fallback:", StringComparison.Ordinal))
                {
                    yield return block;
                }
            }
        }
    }
}
