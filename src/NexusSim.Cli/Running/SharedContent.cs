using System.Collections.Concurrent;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Cli.Running;

/// <summary>The content library, read once per process, prompts directory and firm folder (read again when the firm's own content files change).</summary>
internal static class SharedContent
{
    private static readonly ConcurrentDictionary<string, Lazy<ContentLibrary>> Libraries = new(StringComparer.Ordinal);

    public static string PromptsDirectory => Hosting.FirmHome.PathOf("prompts");

    public static ContentLibrary Library(string promptsDirectory, string? firmDirectory = null) =>
        Libraries.GetOrAdd(promptsDirectory + "\n" + firmDirectory + "\n" + FirmContentCheck.Hash(firmDirectory), _ => new Lazy<ContentLibrary>(() => ContentLibrary.Load(promptsDirectory, firmDirectory))).Value;
}
