using Markdig;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// Renders deliverable Markdown to HTML with Markdig. Raw HTML is disabled, so HTML written by a
/// model (or planted in a brief that a model quotes) comes out as escaped text, never as markup.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string Render(string markdown) => Markdown.ToHtml(markdown ?? string.Empty, Pipeline);
}
