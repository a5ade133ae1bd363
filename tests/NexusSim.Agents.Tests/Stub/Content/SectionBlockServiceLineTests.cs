using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A shipped deliverable's heading is written from text meant for its own service line: the roadmap's initiative
/// portfolio wrote its Resources from the pilot's scale-up block ("the people the scale-up needs"), its
/// Dependencies from the architecture's sequencing plan, and the pilot's knowledge transfer its Training from the
/// governance framework's firm-wide course. The shared library names each file for the line it writes for
/// (<c>3x-sections-pilot.md</c>, <c>37-variants-roadmap.md</c>; <c>common</c> for every line); a heading's block
/// must hold a variant from a file of the deliverable's line or of every line, or be written for that line
/// (<c>service-lines:</c>). A block shared on purpose keeps variants written for each line it serves
/// (the Stakeholders block has the roadmap's own in <c>37-variants-roadmap.md</c>).
/// </summary>
public sealed partial class SectionBlockServiceLineTests
{
    [Theory]
    [InlineData("agents")]
    [InlineData("samples/five-agent-firm")]
    public void Match_EveryShippedHeading_IsServedByABlockWrittenForItsServiceLine(string firm)
    {
        var folder = RepoFiles.Combine(firm);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, folder);
        var problems = new List<string>();
        var checkedHeadings = 0;

        foreach (var line in manifest.ServiceLines)
        {
            var lineWords = " " + SectionMatcher.Key(line.Name) + " ";
            foreach (var type in line.Deliverables.Select(manifest.DeliverableType))
            {
                foreach (var heading in DraftComposer.BodyHeadings(type.RequiredSections))
                {
                    var block = SectionMatcher.Match(data, heading, line.Name);
                    if (block.Heading == SectionTemplate.Generic)
                    {
                        continue;
                    }

                    checkedHeadings++;
                    var topics = block.Variants.Select(v => Topic(v.FilePath)).Distinct(StringComparer.Ordinal).ToList();
                    var forLine = block.IsFor(line.Name)
                        || topics.Any(t => t is null || t == "common" || lineWords.Contains(" " + t + " ", StringComparison.Ordinal));
                    if (!forLine)
                    {
                        problems.Add($"{line.Name} / {type.Name}: '{heading}' is written from '{block.Heading}', whose text is for {string.Join(", ", topics)}");
                    }
                }
            }
        }

        Assert.True(checkedHeadings >= 5, $"only {checkedHeadings} headings matched a block");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // The line a shared content file writes for ("pilot" of 36-sections-pilot.md); null for a file named otherwise (a firm's own).
    private static string? Topic(string filePath)
    {
        var match = SharedFileName().Match(Path.GetFileName(filePath));
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^\d+-(?:sections|variants)-([a-z]+)\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedFileName();
}
