using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Key facts line states figures of the engagement's own service line (prompts/content/21-key-facts.md):
/// the governance framework's and the pilot's deliverables once stated a "readiness score", a figure of the
/// readiness assessment they never made. Every deliverable of one run still states the same names and values,
/// as the consistency gate requires of a deliverable against those released before it.
/// </summary>
public sealed class KeyFactsServiceLineTests
{
    public static TheoryData<string, string[], string[]> Lines => new()
    {
        { "default.yaml", ["readiness score"], [] },
        { "insurer-claims.yaml", ["obligations met", "obligations in progress", "obligations not started", "override rate ceiling"], ["readiness score"] },
        { "retail-ops.yaml", ["target average replenishment cycle time", "planners in the pilot"], ["readiness score"] },
        { "hospital-architecture.yaml", ["headcount", "budget"], ["readiness score", "obligations met", "initiatives"] },
        { "logistics-roadmap.yaml", ["initiatives", "roadmap months"], ["readiness score", "obligations met"] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void KeyFacts_EveryDeliverable_StatesItsServiceLinesOwnFiguresAlike(string brief, string[] stated, string[] absent)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            var lines = run.Run(seed).ToDictionary(d => d.Key, d => Entries(d.Value), StringComparer.Ordinal);
            var first = lines.First();
            foreach (var (deliverable, entries) in lines)
            {
                Assert.Equal(first.Value, entries);
                Assert.All(stated, name => Assert.True(entries.ContainsKey(name), $"{brief} seed {seed}, {deliverable}: no '{name}' in its Key facts ({string.Join("; ", entries.Keys)})."));
                Assert.All(absent, name => Assert.False(entries.ContainsKey(name), $"{brief} seed {seed}, {deliverable}: '{name}' is no figure of the {run.Line.Name}."));
            }
        }
    }

    [Fact]
    public void Load_KeyFactsBlockWithoutServiceLines_ErrorNamesFileAndLine()
    {
        using var firm = new TempFirm();
        firm.Write("content/21-key-facts.md", "# key-facts: pilot\n## variant\nheadcount = {headcount} [@brief]\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path));

        Assert.Contains("21-key-facts.md:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyFactsEntryWithAnUncitedFigure_ErrorNamesFile()
    {
        using var firm = new TempFirm();
        firm.Write("content/21-key-facts.md", "# key-facts: pilot\nservice-lines: pilot\n## variant\nheadcount = {headcount}\n");

        var error = Assert.Throws<ContentLibraryException>(() => ContentLoader.Load(RepoFiles.PromptsDirectory, firm.Path));

        Assert.Contains("21-key-facts.md", error.Message, StringComparison.Ordinal);
    }

    // Name to value (citation markers dropped) of the deliverable's Key facts line.
    private static Dictionary<string, string> Entries(string markdown)
    {
        var line = markdown.Split('\n').Single(l => l.StartsWith("Key facts:", StringComparison.Ordinal));
        return line["Key facts:".Length..].Split(';')
            .Select(e => e.Split('=', 2))
            .ToDictionary(
                p => p[0].Trim().ToLowerInvariant(),
                p => System.Text.RegularExpressions.Regex.Replace(p[1], @"\s*\[S\d+\]", string.Empty).Trim(),
                StringComparer.Ordinal);
    }
}
