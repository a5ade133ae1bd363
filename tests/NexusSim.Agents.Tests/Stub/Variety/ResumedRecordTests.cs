using NexusSim.Agents.Stub.Content;

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
    public void Compose_ResumedWithAnEmptyRecord_RepeatsAParagraph()
    {
        // Guards the test above: without the rebuilt record the deliverables after the interruption do repeat.
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));

        var repeats = Enumerable.Range(1, 5).Sum(s => RepeatedParagraphs(Interrupted(shipped, (ulong)s, rebuild: false)).Count);

        Assert.True(repeats > 0, "no paragraph repeats even without a record; the resume test cannot fail");
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
