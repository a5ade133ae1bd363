using NexusSim.Agents.Prompts;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Prompts;

/// <summary>
/// A task's prompt part is its template rendered, trailing white space cut, then a blank line; the same
/// string instance for the same task and placeholder values (the token counts know it by instance), and
/// never another task's or other values' text.
/// </summary>
public sealed class PromptLibraryPartTests : IDisposable
{
    private readonly TempDirectory _firm = new();

    public void Dispose() => _firm.Dispose();

    private PromptLibrary Library(string template)
    {
        _firm.Write(Path.Combine("prompts", "tasks", "intake.md"), template);
        return PromptLibrary.Load(RepoFiles.PromptsDirectory, RepoFiles.ShippedManifest with { Directory = _firm.Path }, ChainProtocol.IntakeTask);
    }

    private static Dictionary<string, string> Values(string client, string firm, string attempt = "1") =>
        new(StringComparer.Ordinal) { ["client"] = client, ["firm"] = firm, ["attempt"] = attempt };

    [Fact]
    public void Part_IsTheRenderedTemplateTrimmedWithABlankLine_TheSameInstanceForTheSameValues()
    {
        var library = Library("Intake for {{client}} by {{firm}}.  \n\n\t\n");

        var first = library.Part(ChainProtocol.IntakeTask, Values("Acme", "Nexus"));
        var again = library.Part(ChainProtocol.IntakeTask, Values(new string("Acme".AsSpan()), "Nexus"));

        Assert.Equal("Intake for Acme by Nexus.\n\n", first);
        Assert.Equal(library.Render(ChainProtocol.IntakeTask, Values("Acme", "Nexus")).TrimEnd() + "\n\n", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Part_ValuesTheTemplateDoesNotUse_DoNotMatter_ValuesItUses_Do()
    {
        var library = Library("Intake for {{client}} by {{firm}}.\n");

        var first = library.Part(ChainProtocol.IntakeTask, Values("Acme", "Nexus", attempt: "1"));

        Assert.Same(first, library.Part(ChainProtocol.IntakeTask, Values("Acme", "Nexus", attempt: "2")));
        // The same characters split differently between the placeholders are other values, and another text.
        Assert.Equal("Intake for Acme by Nexus.\n\n", first);
        Assert.Equal("Intake for AcmeN by exus.\n\n", library.Part(ChainProtocol.IntakeTask, Values("AcmeN", "exus")));
        Assert.Equal("Intake for Acme by Other.\n\n", library.Part(ChainProtocol.IntakeTask, Values("Acme", "Other")));
        Assert.Equal("Intake for Acme by Nexus.\n\n", library.Part(ChainProtocol.IntakeTask, Values("Acme", "Nexus")));
        Assert.Equal("Intake for  by .\n\n", library.Part(ChainProtocol.IntakeTask, new Dictionary<string, string>(StringComparer.Ordinal)));
    }

    [Fact]
    public void Part_MoreDistinctValuesThanTheCap_KeepsNoMoreThanTheCapAndStillRendersEach()
    {
        var library = Library("Intake for {{client}}.\n");

        var parts = Enumerable.Range(0, PromptLibrary.MaxRememberedParts + 50).Select(i => library.Part(ChainProtocol.IntakeTask, Values($"client {i}", "f"))).ToList();

        Assert.Equal(Enumerable.Range(0, PromptLibrary.MaxRememberedParts + 50).Select(i => $"Intake for client {i}.\n\n"), parts);
        Assert.InRange(library.RememberedParts, 1, PromptLibrary.MaxRememberedParts);
    }

    [Fact]
    public void Part_UnknownTask_ThrowsNamingIt()
    {
        var library = Library("Intake.\n");

        var error = Assert.Throws<KeyNotFoundException>(() => library.Part("no_such_task", Values("a", "b")));

        Assert.Contains("'no_such_task'", error.Message, StringComparison.Ordinal);
    }
}
