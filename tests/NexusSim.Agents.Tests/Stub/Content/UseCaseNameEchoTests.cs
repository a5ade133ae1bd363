using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A use case named by a pattern and a process can echo the process: the Use-Case Heat Map listed "Volume forecasting
/// for demand forecasting" for the retailer (retail-ops through the assessment line, seed 5), and the same rows would
/// read "Quality sampling in supplier quality management" for a manufacturer and "Partner correspondence in
/// correspondence handling" for a public body. Every use case a template's table names, written out for every shipped
/// industry's processes, uses each word of five letters or more once.
/// </summary>
public sealed partial class UseCaseNameEchoTests
{
    [Fact]
    public void UseCaseTables_EveryIndustry_NoUseCaseNameRepeatsAWordOfItsProcess()
    {
        var industries = ContentLoader.Load(RepoFiles.PromptsDirectory).Industries;
        var (names, written) = (0, 0);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.PromptsDirectory, "content"), "*.md"))
        {
            var column = -1;
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (!line.StartsWith('|'))
                {
                    column = -1;
                    continue;
                }

                var cells = TableReader.Cells(line).ToList();
                if (column < 0)
                {
                    column = cells.FindIndex(c => c == "Use case");
                    column = column < 0 ? int.MaxValue : column;
                    continue;
                }

                if (column >= cells.Count || !cells[column].Contains("{process", StringComparison.Ordinal))
                {
                    continue;
                }

                names++;
                foreach (var industry in industries)
                {
                    var name = cells[column];
                    for (var i = 0; i < industry.Processes.Count; i++)
                    {
                        name = name.Replace($"{{process{i + 1}}}", industry.Processes[i], StringComparison.Ordinal);
                    }

                    written++;
                    var words = LongWord().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToList();
                    var echoed = words.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                    Assert.True(echoed.Count == 0, $"{Path.GetFileName(file)}:{number}: for {industry.Name}, the use case reads \"{name}\" ({string.Join(", ", echoed)} twice).");
                }
            }
        }

        Assert.True(names >= 30, $"only {names} use-case names with a process in the templates' tables.");
        Assert.True(written >= names * 10, $"only {written} names written out for {industries.Count} industries.");
    }

    [GeneratedRegex(@"[A-Za-z]{5,}")]
    private static partial Regex LongWord();
}
