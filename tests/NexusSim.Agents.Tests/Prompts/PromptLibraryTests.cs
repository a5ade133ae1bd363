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

    [Theory]
    [InlineData("{{client}}")]
    [InlineData("{{firm}}{{actor}}{{ task }}")]
    [InlineData("Before {{client}} between {{  firm  }} after\n")]
    [InlineData("No placeholder at all.\n")]
    [InlineData("{{client}} ends with one {{gate_id}}")]
    [InlineData("{ {client}} and {{client} and {{{client}}} and {{CLIENT}} and {{client\n}}")]
    [InlineData("")]
    public void Render_AnyTemplate_AsReplacingEveryPlaceholderLeftToRight(string template)
    {
        _firm.Write(Path.Combine("prompts", "tasks", "intake.md"), template);
        var library = PromptLibrary.Load(RepoFiles.PromptsDirectory, FirmInTemp, ChainProtocol.IntakeTask);
        // Values that look like placeholders, and one left out: a value is put in as it is, a missing one is empty.
        var values = Values();
        values["client"] = "{{firm}} & $1 {{ actor }}";
        values.Remove("gate_id");

        var rendered = library.Render(ChainProtocol.IntakeTask, values);

        var expected = System.Text.RegularExpressions.Regex.Replace(template, @"\{\{\s*([a-z_]+)\s*\}\}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : string.Empty);
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Render_EveryShippedTemplate_AsReplacingEveryPlaceholder()
    {
        var library = PromptLibrary.Load(RepoFiles.PromptsDirectory, RepoFiles.ShippedManifest, ChainProtocol.IntakeTask);
        var tasks = Directory.EnumerateFiles(Path.Combine(RepoFiles.PromptsDirectory, "tasks"), "*.md").Select(Path.GetFileNameWithoutExtension).Where(t => !t!.StartsWith('_')).ToList();

        var rendered = 0;
        foreach (var task in tasks)
        {
            string text;
            try
            {
                text = library.Render(task!, Values());
            }
            catch (KeyNotFoundException)
            {
                continue;
            }

            var template = File.ReadAllText(Path.Combine(RepoFiles.PromptsDirectory, "tasks", task + ".md"));
            Assert.Equal(System.Text.RegularExpressions.Regex.Replace(template, @"\{\{\s*([a-z_]+)\s*\}\}", m => Values()[m.Groups[1].Value]), text);
            rendered++;
        }

        Assert.True(rendered > 5, $"only {rendered} shipped templates rendered.");
    }
}
