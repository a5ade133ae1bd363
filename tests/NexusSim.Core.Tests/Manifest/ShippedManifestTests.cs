using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest;

public sealed class ShippedManifestTests
{
    public static TheoryData<string> Firms => new() { "agents", "samples/five-agent-firm" };

    [Fact]
    public void Load_ShippedManifest_HasNoErrorsOneHumanAndNineAgents()
    {
        var result = ManifestLoader.Load(RepoRoot.ShippedManifest);

        Assert.Empty(result.Errors);
        Assert.Single(result.Manifest!.Humans);
        Assert.Equal(9, result.Manifest.Agents.Count());
    }

    [Fact]
    public void Load_FiveAgentFirm_HasNoErrorsAndFiveAgents()
    {
        var result = ManifestLoader.Load(RepoRoot.FiveAgentFirm);

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Manifest!.Agents.Count());
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public void Chains_EveryStepTask_HasTaskTemplate(string firm)
    {
        var manifest = ManifestLoader.Load(RepoRoot.Combine(firm)).Manifest!;

        var missing = manifest.Chains
            .SelectMany(c => c.Steps)
            .Select(s => s.Task)
            .Append("intake")
            .Distinct(StringComparer.Ordinal)
            .Where(task => !File.Exists(Path.Combine(RepoRoot.TaskTemplates, task + ".md")))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public void Identities_EveryAgent_HasAtLeast150Words(string firm)
    {
        var manifest = ManifestLoader.Load(RepoRoot.Combine(firm)).Manifest!;

        var tooShort = manifest.Agents
            .Where(a => IdentityText.WordCount(a.IdentityText!) < 150)
            .Select(a => a.Id)
            .ToList();

        Assert.Empty(tooShort);
    }

    [Fact]
    public void Identities_AcrossBothFirms_ShareNoParagraph()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("agents", "identities"), "*.md")
            .Concat(Directory.GetFiles(RepoRoot.Combine("samples", "five-agent-firm", "identities"), "*.md"))
            .ToList();

        var shared = files
            .SelectMany(f => IdentityText.Paragraphs(File.ReadAllText(f)).Distinct(StringComparer.Ordinal).Select(p => (File: f, Paragraph: p)))
            .GroupBy(x => x.Paragraph, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Equal(14, files.Count);
        Assert.Empty(shared);
    }
}
