using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>The editorial pass an edit step without gate feedback runs: reconcile, voice, structure.</summary>
public sealed class ContentLibraryEditTests
{
    private static readonly Dictionary<string, string> Brief = new(StringComparer.Ordinal) { ["headcount"] = "4200" };

    [Fact]
    public void Edit_BannedPhraseAndFigureDisagreeingWithReleased_BothFixedAndNamed()
    {
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var released = new ReleasedFacts("Readiness Report", KeyFactsLine(clean));
        var keyFacts = KeyFactsText.Read(KeyFactsLine(clean));
        var (name, value) = keyFacts.First(p => p.Name != "headcount");
        var planted = clean.Replace(KeyFactsLine(clean), KeyFactsText.Set(KeyFactsLine(clean), name, "99.9"), StringComparison.Ordinal);
        var at = planted.IndexOf("\n## ", StringComparison.Ordinal);
        planted = planted[..at] + "\n\nThis is the low-hanging fruit for the client [S1]." + planted[at..];

        var (draft, changes, _) = ContentSamples.Library.Edit(planted, [released], Brief, request);

        Assert.Contains($"reconciled '{name}' 99.9 → {value} with Readiness Report", changes);
        Assert.Contains(changes, c => c.StartsWith("replaced 1 banned phrase", StringComparison.Ordinal));
        Assert.DoesNotContain("low-hanging fruit", draft.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("quickest measurable win", draft.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(KeyFactsLine(clean), KeyFactsLine(draft.Markdown));
        Assert.Empty(ContentSamples.AllIssues(draft.Markdown, request));
    }

    [Theory]
    [InlineData("The low-hanging fruitcake budget stays [S1].", false)]
    [InlineData("The xlow-hanging fruit budget stays [S1].", false)]
    [InlineData("The LOW-HANGING FRUIT budget stays [S1].", true)]
    [InlineData("(low-hanging fruit) budget stays [S1].", true)]
    public void Edit_BannedPhraseAtOrInsideAWord_RewrittenOnlyAsAWholePhrase(string sentence, bool rewritten)
    {
        // The one-pass test for "any banned phrase here" must agree with each phrase's own pattern: whole words, any case.
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var at = clean.IndexOf("\n## ", StringComparison.Ordinal);
        var planted = clean[..at] + "\n\n" + sentence + clean[at..];

        var (draft, changes, _) = ContentSamples.Library.Edit(planted, [], Brief, request);

        Assert.Equal(rewritten, changes.Any(c => c.StartsWith("replaced 1 banned phrase", StringComparison.Ordinal)));
        Assert.Equal(rewritten, !draft.Markdown.Contains(sentence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\n\nThis is the low-hanging fruit for the client.")]
    [InlineData(" Clean data is what will unlock value for the client.")]
    public void Edit_UnsourcedSentenceBuiltOnABannedPhrase_CutAndTheDraftRestored(string filler)
    {
        // Padding is cut, not polished: the phrase's rewrite would leave an unsourced sentence in a section it does not belong to.
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var at = clean.IndexOf("\n\n## ", clean.IndexOf("\n## ", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var planted = clean[..at] + filler + clean[at..];

        var (draft, changes, _) = ContentSamples.Library.Edit(planted, [], Brief, request);

        Assert.Equal(clean, draft.Markdown);
        Assert.Contains("cut 1 unsourced sentence built on a banned phrase", changes);
        Assert.DoesNotContain(changes, c => c.StartsWith("replaced", StringComparison.Ordinal));
    }

    [Fact]
    public void Edit_HeadcountDisagreeingWithBrief_ReconciledToTheBrief()
    {
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var wrong = clean.Replace(KeyFactsLine(clean), KeyFactsText.Set(KeyFactsLine(clean), "headcount", "4,100"), StringComparison.Ordinal);

        var (draft, changes, _) = ContentSamples.Library.Edit(wrong, [], Brief, request);

        Assert.Equal(["reconciled 'headcount' 4,100 → 4,200 with the brief"], changes);
        Assert.Equal(clean, draft.Markdown);
    }

    [Fact]
    public void Edit_CleanDraft_SameBytesAndNoChanges()
    {
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;

        var (draft, changes, findings) = ContentSamples.Library.Edit(clean, [new ReleasedFacts("Readiness Report", KeyFactsLine(clean))], Brief, request);

        Assert.Equal(clean, draft.Markdown);
        Assert.Empty(changes);
        Assert.Empty(findings);
    }

    [Fact]
    public void Edit_HeadingLevelsAndOrderWrong_RestoredAndNamed()
    {
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var sections = request.RequiredSections;
        var swapped = SwapSections(clean, sections[0], sections[1]).Replace("## " + sections[2] + "\n", "### " + sections[2] + "\n", StringComparison.Ordinal);

        var (draft, changes, _) = ContentSamples.Library.Edit(swapped, [], Brief, request);

        Assert.Equal(clean, draft.Markdown);
        Assert.Contains("set 1 required section heading to level 2", changes);
        Assert.Contains("put the required sections in the deliverable type's order", changes);
    }

    [Fact]
    public void Edit_MissingRequiredSection_FoundButNotInvented()
    {
        var request = ContentSamples.Request([.. ContentSamples.ReadinessSections], [DefectKind.MissingSection]);
        var draft = ContentSamples.Library.Compose(request);

        var (edited, changes, findings) = ContentSamples.Library.Edit(draft.Markdown, [], Brief, request);

        Assert.Equal(draft.Markdown, edited.Markdown);
        Assert.Empty(changes);
        Assert.Contains(findings, f => f.Contains("is missing; the author must write it", StringComparison.Ordinal));
        Assert.Equal(draft.Defects, edited.Defects);
    }

    private static string KeyFactsLine(string markdown) =>
        markdown.Split('\n').First(l => l.StartsWith(KeyFactsText.Label, StringComparison.Ordinal));

    private static string SwapSections(string markdown, string first, string second)
    {
        var a = markdown.IndexOf("\n## " + first + "\n", StringComparison.Ordinal);
        var b = markdown.IndexOf("\n## " + second + "\n", StringComparison.Ordinal);
        var c = markdown.IndexOf("\n## ", b + 1, StringComparison.Ordinal);
        return markdown[..a] + markdown[b..c] + markdown[a..b] + markdown[c..];
    }
}
