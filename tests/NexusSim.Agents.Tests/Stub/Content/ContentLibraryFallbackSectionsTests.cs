using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>A fallback section is one the text holds and no template answers: a dropped one is not counted.</summary>
public sealed class ContentLibraryFallbackSectionsTests
{
    [Fact]
    public void FallbackSectionsIn_DraftWithUnknownHeadings_NamesEachHeadingTheFallbackWrote()
    {
        var request = ContentSamples.Request(ContentSamples.UnknownSections);
        var draft = ContentSamples.Library.Compose(request);

        var found = ContentSamples.Library.FallbackSectionsIn(draft.Markdown, request.RequiredSections);

        Assert.NotEmpty(found);
        Assert.Equal(ContentSamples.Library.FallbackHeadings(request.RequiredSections), found);
        Assert.All(found, h => Assert.Contains("## " + h + "\n", draft.Markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void FallbackSectionsIn_FallbackSectionDropped_CountsOnlyThoseLeft()
    {
        var request = ContentSamples.Request(ContentSamples.UnknownSections);
        var draft = ContentSamples.Library.Compose(request);
        var fallbacks = ContentSamples.Library.FallbackHeadings(request.RequiredSections);
        var dropped = fallbacks[0];
        var start = draft.Markdown.IndexOf("## " + dropped + "\n", StringComparison.Ordinal);
        var end = draft.Markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);

        var found = ContentSamples.Library.FallbackSectionsIn(draft.Markdown[..start] + draft.Markdown[(end + 1)..], request.RequiredSections);

        Assert.Equal(fallbacks.Count - 1, found.Count);
        Assert.DoesNotContain(dropped, found);
    }

    [Fact]
    public void FallbackSectionsIn_EveryHeadingHasATemplate_IsEmpty()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request);

        Assert.Empty(ContentSamples.Library.FallbackSectionsIn(draft.Markdown, request.RequiredSections));
    }
}
