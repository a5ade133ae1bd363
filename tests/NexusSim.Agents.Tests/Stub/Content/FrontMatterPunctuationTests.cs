using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The lines under a deliverable's title name the client, its industry and region. Client names and
/// regions often carry their own parentheses ("Harbourline Mutual Bank (fictional)", "European Union
/// (Ireland and the Netherlands)"): the phrasing around them must not open a second pair beside or
/// around them, nor call the deliverable "the Readiness Report document", nor speak of a "stage" it never names.
/// </summary>
public sealed class FrontMatterPunctuationTests
{
    private static readonly NexusSim.Agents.Stub.Content.BriefFacts Bracketed = ContentSamples.Insurer with
    {
        Client = "Harbor Mutual (fictional)",
        Region = "European Union (Ireland and the Netherlands)",
    };

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compose_ClientAndRegionWithTheirOwnParentheses_FrontMatterNeverNestsOrStacksThem(int seed)
    {
        var markdown = ContentSamples.Library.Compose(ContentSamples.Request(seed: (ulong)seed, brief: Bracketed)).Markdown;

        var front = FrontMatter(markdown);
        Assert.Contains("Harbor Mutual (fictional)", front, StringComparison.Ordinal);
        Assert.True(MaxDepth(front) <= 1, front);
        Assert.DoesNotContain(") (", front, StringComparison.Ordinal);
        Assert.DoesNotContain("Readiness Report document", front, StringComparison.Ordinal);

        // The deliverable names no "stage": a reader has no stage to place it in (the service line has phases,
        // and the front matter names none of them).
        Assert.DoesNotContain("stage", front, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("a (b) c (d)", 1)]
    [InlineData("a (b (c)) d", 2)]
    [InlineData("none", 0)]
    public void MaxDepth_Text_CountsNestedPairs(string text, int expected) => Assert.Equal(expected, MaxDepth(text));

    // The text between the title and the first section heading.
    internal static string FrontMatter(string markdown)
    {
        var start = markdown.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    private static int MaxDepth(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.Max(max, depth);
        }

        return max;
    }
}
