using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A library's note for its editors (a whole-line <c>&lt;!-- … --&gt;</c> comment) is never a deliverable's text.
/// The note that introduces a block sits, in the file, right after the last variant of the block above it; the
/// parser skipped comments only outside variants, so the retail pilot design's Rollout Plan ended on
/// "&lt;!-- The knowledge transfer's Training: written for the pilot's lines alone (service-lines), … --&gt;"
/// whenever that last variant was drawn (36-sections-pilot.md; the roadmap's 36-sections-roadmap.md likewise).
/// </summary>
public sealed class EditorNoteTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Fact]
    public void Compose_CommentAfterAVariant_IsNotWritten()
    {
        using var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", "# section: Bread waste\n## variant\nWaste at {client} is weighed daily by store.\n\n<!-- The next block: for editors only. -->\n<!-- A note\nover two lines. -->\n# section: Bread yield\n## variant\nYield is counted per batch.\n");
        var library = ContentLibrary.Load(prompts.Directory);

        var draft = library.Compose(ContentSamples.Request(["Bread waste"]));

        Assert.Contains("Waste at Harbor Mutual is weighed daily by store.", draft.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", draft.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("for editors only", draft.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("over two lines", draft.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoEditorNoteInADeliverable(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                Assert.False(markdown.Contains("<!--", StringComparison.Ordinal) || markdown.Contains("-->", StringComparison.Ordinal), $"seed {seed}, {deliverable} holds an editor's note:\n{markdown}");
            }
        }
    }
}
