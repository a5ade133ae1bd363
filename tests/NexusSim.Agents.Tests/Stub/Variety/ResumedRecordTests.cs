using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Issue 9's "no paragraph twice in a run" across an interruption: a run that stops after some
/// deliverables and continues with a new stub rebuilds its written-paragraph record from the
/// deliverables it has (<see cref="WrittenParagraphs.RecordWritten"/>), so the rest repeat none of them.
/// </summary>
public sealed class ResumedRecordTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void RecordWritten_RunInterruptedHalfwayAndResumed_NoParagraphTwice(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        for (ulong seed = 1; seed <= 5; seed++)
        {
            var run = Interrupted(shipped, seed, rebuild: true);
            problems.AddRange(RepeatedParagraphs(run).Select(p => $"seed {seed}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void RecordWritten_SmallLibraryResumed_NoParagraphTwice()
    {
        // The shipped libraries rarely collide now; a two-variant section collides often (the guard below shows it).
        using var prompts = BakeryPrompts();
        var library = ContentLibrary.Load(prompts.Directory);

        var repeated = Enumerable.Range(1, 10).Count(s => Resumed(library, (ulong)s, rebuild: true));

        Assert.Equal(0, repeated);
    }

    [Fact]
    public void Compose_SmallLibraryResumedWithAnEmptyRecord_RepeatsAParagraph()
    {
        // Guards both tests above: without the rebuilt record the deliverable drafted after the interruption does repeat.
        using var prompts = BakeryPrompts();
        var library = ContentLibrary.Load(prompts.Directory);

        var repeated = Enumerable.Range(1, 10).Count(s => Resumed(library, (ulong)s, rebuild: false));

        Assert.True(repeated > 0, "no seed repeated a paragraph without a record; the resume tests cannot fail");
    }

    // One deliverable drafted before the interruption, one after with a new record (rebuilt from the first's Markdown, or empty).
    private static bool Resumed(ContentLibrary library, ulong seed, bool rebuild)
    {
        var first = library.Compose(ContentSamples.Request(["Bread waste"], seed: seed) with { Written = new WrittenParagraphs() }).Markdown;
        var after = new WrittenParagraphs();
        if (rebuild)
        {
            after.RecordWritten("readiness_report", first);
        }

        var second = library.Compose(ContentSamples.Request(["Bread waste"], seed: seed + 1000) with { DeliverableId = "stakeholder_map", Written = after }).Markdown;
        return RepeatedParagraphs([("readiness_report", first), ("stakeholder_map", second)]).Count > 0;
    }

    private static TempPrompts BakeryPrompts()
    {
        var prompts = new TempPrompts();
        prompts.WriteContent("99-extra.md", "# section: Bread waste\n## variant\nOvens run nightly at the bakery.\n## variant\nFlour arrives weekly at the bakery.\n");
        return prompts;
    }

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    // The first half of the line's deliverables with one stub, the rest with another that starts from the first half's Markdown (or from nothing).
    private static List<(string Id, string Markdown)> Interrupted(ShippedBriefRun shipped, ulong seed, bool rebuild)
    {
        var types = shipped.Line.Deliverables.Select(shipped.Manifest.DeliverableType).ToList();
        var half = types.Count / 2;
        var before = new WrittenParagraphs();
        var written = types.Take(half).Select(t => (t.Id, shipped.Compose(shipped.Line, t, seed, shipped.Line.IsLive(t.Phase), before))).ToList();
        var after = new WrittenParagraphs();
        if (rebuild)
        {
            written.ForEach(w => after.RecordWritten(w.Id, w.Item2));
        }

        written.AddRange(types.Skip(half).Select(t => (t.Id, shipped.Compose(shipped.Line, t, seed, shipped.Line.IsLive(t.Phase), after))));
        return written;
    }

    private static List<string> RepeatedParagraphs(List<(string Id, string Markdown)> run)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var (id, markdown) in run)
        {
            // The test's own reading: a "## " line opens a section; prose is every other non-empty line but table rows, before the sources.
            var heading = (string?)null;
            foreach (var line in markdown.Split('\n').Select(l => l.Trim()))
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    heading = line[3..];
                    continue;
                }

                if (heading is null || heading == "Sources" || line.Length == 0 || line.StartsWith('|') || line.StartsWith('#'))
                {
                    continue;
                }

                var owner = id + " / " + heading;
                if (!seen.TryAdd(line, owner) && seen[line] != owner)
                {
                    repeated.Add($"'{line}' in {owner} and {seen[line]}");
                }
            }
        }

        return repeated;
    }
}
