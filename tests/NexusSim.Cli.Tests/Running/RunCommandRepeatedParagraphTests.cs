using System.Text;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A client reading two deliverables of one engagement does not meet the same paragraph twice: in the shipped
/// firm's default run (seed 42, and seed 7), no prose paragraph of more than twenty words appears word for word
/// (citation markers aside, since each deliverable numbers its own sources) in two deliverables. The front
/// matter's Key facts line and the Sources list are the same facts and sources by design and are not prose.
/// </summary>
public sealed partial class RunCommandRepeatedParagraphTests(DefaultRunFixture fixture) : IClassFixture<DefaultRunFixture>
{
    private const int LongParagraphWords = 20;

    [Fact]
    public void Run_ShippedFirmWithDefaults_NoLongParagraphInTwoDeliverables()
    {
        var repeated = Repeated(fixture.FirstRun);

        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [Fact]
    public void Run_ShippedFirmWithAnotherSeed_NoLongParagraphInTwoDeliverables()
    {
        var repeated = Repeated(fixture.OtherSeedRun);

        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    // "deliverable, deliverable: paragraph" for each long paragraph found in more than one deliverable of the run.
    private static List<string> Repeated(RunOutput run)
    {
        var files = run.DeliverableFiles();
        Assert.True(files.Count >= 2, $"only {files.Count} deliverable(s) written");
        var where = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (id, bytes) in files)
        {
            foreach (var paragraph in LongParagraphs(Encoding.UTF8.GetString(bytes)))
            {
                if (!where.TryGetValue(paragraph, out var ids))
                {
                    where[paragraph] = ids = new SortedSet<string>(StringComparer.Ordinal);
                }

                ids.Add(id);
            }
        }

        return [.. where.Where(p => p.Value.Count > 1).Select(p => $"{string.Join(", ", p.Value)}: {p.Key}")];
    }

    // The prose lines of a deliverable (not headings, table rows, the Key facts line or the Sources list), without
    // list markers and citation markers, that hold more than LongParagraphWords words.
    private static IEnumerable<string> LongParagraphs(string markdown)
    {
        var inSources = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inSources = line.TrimStart('#').Trim().Equals("Sources", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inSources || line.Length == 0 || line.StartsWith('|') || line.StartsWith("Key facts:", StringComparison.Ordinal))
            {
                continue;
            }

            var text = Spaces().Replace(Citation().Replace(ListMarker().Replace(line, string.Empty), string.Empty), " ").Trim();
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > LongParagraphWords)
            {
                yield return text;
            }
        }
    }

    [GeneratedRegex(@"\s*\[S\d+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:[-*+]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
