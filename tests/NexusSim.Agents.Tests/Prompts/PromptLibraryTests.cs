using NexusSim.Agents.Prompts;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Prompts;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly TempDirectory _firm = new();
    private readonly TempDirectory _prompts = new();

    public void Dispose()
    {
        _firm.Dispose();
        _prompts.Dispose();
    }

    private FirmManifest FirmInTemp => RepoFiles.ShippedManifest with { Directory = _firm.Path };

    private static Dictionary<string, string> Values() => PromptLibrary.Placeholders.ToDictionary(p => p, p => $"<{p}>", StringComparer.Ordinal);

    [Fact]
    public void Load_UnknownPlaceholder_FailsNamingFileAndLine()
    {
        var file = _firm.Write(Path.Combine("prompts", "tasks", "intake.md"), "# Intake\n\nHello {{clinet}}, from {{firm}}.\n");

        var error = Assert.Throws<PromptLibraryException>(() => PromptLibrary.Load(RepoFiles.PromptsDirectory, FirmInTemp, ChainProtocol.IntakeTask));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"{file}:3: unknown placeholder {{{{clinet}}}}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingTemplate_ListsEveryPathLookedAt()
    {
        var manifest = FirmInTemp;

        var error = Assert.Throws<PromptLibraryException>(() => PromptLibrary.Load(_prompts.Path, manifest, ChainProtocol.IntakeTask));

        var problem = Assert.Single(error.Problems, p => p.Contains($"task '{ChainProtocol.IntakeTask}'", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(_firm.Path, "prompts", "tasks", "intake.md"), problem, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_prompts.Path, "tasks", "intake.md"), problem, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_prompts.Path, "tasks", "_plan.md"), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FirmSpecificTemplate_WinsOverTheShippedOne()
    {
        _firm.Write(Path.Combine("prompts", "tasks", "intake.md"), "Firm-specific intake for {{client}}.\n");

        var library = PromptLibrary.Load(RepoFiles.PromptsDirectory, FirmInTemp, ChainProtocol.IntakeTask);

        Assert.Equal("Firm-specific intake for <client>.\n", library.Render(ChainProtocol.IntakeTask, Values()));
    }

    [Fact]
    public void Load_NoFirmSpecificTemplate_UsesTheShippedOne()
    {
        var library = PromptLibrary.Load(RepoFiles.PromptsDirectory, FirmInTemp, ChainProtocol.IntakeTask);

        Assert.StartsWith("# Intake: <client> asks <firm> for <service_line>", library.Render(ChainProtocol.IntakeTask, Values()), StringComparison.Ordinal);
    }
}
