namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A deliverable's title is a document's name, and names come plural ("Control Specifications") or as mass
/// nouns ("Training") as often as singular: the insurer brief's front matter read "this Control Specifications
/// sets out what the work found" and "this Training gives the findings". The lines under the title name the
/// deliverable as "the &lt;title&gt;", never "this &lt;title&gt;", for every deliverable of every shipped brief.
/// </summary>
public sealed class FrontMatterDemonstrativeTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void FrontMatter_SeedsOneToTwenty_NeverPutsThisBeforeTheTitle(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        var named = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var heading = markdown[..markdown.IndexOf('\n', StringComparison.Ordinal)];
                var title = heading["# ".Length..heading.IndexOf(": ", StringComparison.Ordinal)];
                var front = FrontMatterPunctuationTests.FrontMatter(markdown);
                if (front.Contains(title, StringComparison.Ordinal))
                {
                    named++;
                }

                Assert.False(front.Contains("this " + title, StringComparison.OrdinalIgnoreCase),
                    $"{brief}, seed {seed}, {deliverable}: the front matter says \"this {title}\": {front.Trim()}");
            }
        }

        Assert.True(named >= 20, $"The front matter named its deliverable only {named} times for {brief}.");
    }
}
