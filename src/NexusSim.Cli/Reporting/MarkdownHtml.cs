using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// Renders deliverable Markdown to HTML with Markdig. Raw HTML is disabled, so HTML written by a
/// model (or planted in a brief that a model quotes) comes out as escaped text, never as markup.
/// Images and links to anything but an anchor of the page are flattened to text with the target in
/// brackets, so the page loads nothing and no model-written link can run a script.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && link.Url is { } url && url.StartsWith('#'))
            {
                continue;
            }

            var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            link.ReplaceBy(new LiteralInline($"{text} [{link.Url}]"));
        }

        return document.ToHtml(Pipeline);
    }
}
