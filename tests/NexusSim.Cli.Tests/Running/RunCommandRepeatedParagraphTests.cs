using System.Text;
using NexusSim.Agents.Tests.Stub.Variety;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A client reading two deliverables of one engagement does not meet the same paragraph twice: in the shipped
/// firm's run (seed 42, seed 7, and seeds 3 and 8, which repeat without the run's paragraph record), no prose paragraph of more than twenty words appears word for word
/// (citation markers aside, since each deliverable numbers its own sources) in two deliverables. The front
/// matter's Key facts line and the Sources list are the same facts and sources by design and are not prose.
/// </summary>
public sealed class RunCommandRepeatedParagraphTests(DefaultRunFixture fixture) : IClassFixture<DefaultRunFixture>
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

    // Seeds whose drafts, written without the run's paragraph record, repeat a long paragraph across deliverables
    // (found by running the default firm with the record off: seed 3 repeats one, seed 8 two; 42 and 7 none), so
    // this case fails when the record stops reaching the stub, which the two runs above cannot show.
    [Theory]
    [InlineData("3")]
    [InlineData("8")]
    public async Task Run_SeedThatWouldRepeatWithoutTheRecord_NoLongParagraphInTwoDeliverables(string seed)
    {
        using var output = new TempDirectory();
        var result = await CliRunner.RunEngagementAsync(output.Path, "--seed", seed);
        Assert.Equal(0, result.ExitCode);

        var repeated = Repeated(RunOutput.Single(output.Path));

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

    // The prose paragraphs of a deliverable (ProseReader: not headings, table rows, the Key facts line or the Sources
    // list; list and citation markers removed) that hold more than LongParagraphWords words.
    private static IEnumerable<string> LongParagraphs(string markdown) =>
        ProseReader.Paragraphs(markdown).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > LongParagraphWords);
}
