using Microsoft.Extensions.AI;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Stub;

/// <summary>What the stub can see of a request: the task card, the datamarked brief, the artifact and feedback in the prompt, the tools offered and the calls made so far.</summary>
internal sealed record StubRequest(
    TaskCard Card,
    IReadOnlyDictionary<string, string> Brief,
    string? ArtifactMarkdown,
    IReadOnlyList<FeedbackItem> Feedback,
    IReadOnlyList<string> ToolNames,
    IReadOnlyList<FunctionCallContent> CallsMade,
    IReadOnlyList<FunctionResultContent> Results)
{
    private const string ArtifactHeading = "## Artifact:";
    private const string FeedbackHeading = "## Feedback to address";

    /// <summary>The task prompt (the first user message) the request was read from.</summary>
    public string Prompt { get; init; } = string.Empty;

    /// <summary>The deliverables already released in the run, with their Key facts lines (edit steps only).</summary>
    public IReadOnlyList<Content.ReleasedFacts> Released { get; init; } = [];

    /// <summary>Reads a request, or null when it carries no task card.</summary>
    public static StubRequest? Read(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var prompt = messages.FirstOrDefault(m => m.Role == ChatRole.User)?.Text;
        var card = prompt is null ? null : TaskCard.Parse(prompt);
        if (card is null)
        {
            return null;
        }

        var contents = messages.SelectMany(m => m.Contents).ToList();
        return new StubRequest(
            card,
            BriefBlock.Read(prompt!),
            ReadArtifact(prompt!),
            ReadFeedback(prompt!),
            [.. options?.Tools?.OfType<AIFunctionDeclaration>().Select(t => t.Name) ?? []],
            [.. contents.OfType<FunctionCallContent>()],
            [.. contents.OfType<FunctionResultContent>()])
        {
            Released = ReleasedKeyFacts.Read(prompt!),
            Prompt = prompt!,
        };
    }

    /// <summary>The offered tool that performs <paramref name="action"/>, or null.</summary>
    public string? Tool(string action) =>
        ToolNames.FirstOrDefault(n => n == action || (n.EndsWith(action, StringComparison.Ordinal) && n.Length > action.Length && n[^(action.Length + 1)] is '_' or '-' or '.'));

    private static string? ReadArtifact(string prompt)
    {
        var start = prompt.LastIndexOf(ArtifactHeading, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var open = prompt.IndexOf("~~~markdown\n", start, StringComparison.Ordinal);
        var close = open < 0 ? -1 : prompt.IndexOf("\n~~~\n", open, StringComparison.Ordinal);
        return close < 0 ? null : string.Concat(prompt.AsSpan()[(open + "~~~markdown\n".Length)..close], "\n");
    }

    private static List<FeedbackItem> ReadFeedback(string prompt)
    {
        var start = prompt.IndexOf(FeedbackHeading, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var bodyStart = start + FeedbackHeading.Length;
        var end = prompt.IndexOf("\n## ", bodyStart, StringComparison.Ordinal);
        return [.. FeedbackReader.Read(end < 0 ? prompt[bodyStart..] : prompt[bodyStart..end])];
    }
}
