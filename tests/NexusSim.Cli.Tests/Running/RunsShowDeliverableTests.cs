using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Reporting;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`runs show` prints every field of every deliverable line of summary.json, named "&lt;id&gt;.&lt;field&gt;".</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class RunsShowDeliverableTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Show_RunReleasedOnCaveats_PrintsEveryDeliverableSummaryFieldOfEachDeliverable()
    {
        var (run, _) = await CaveatRun.RunAsync(_temp);
        var fields = typeof(DeliverableSummary).GetProperties()
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .ToList();
        Assert.Contains("final_hash", fields);

        var result = await CliRunner.RunAsync("runs", "show", run.Directory);

        Assert.Equal(0, result.ExitCode);
        foreach (var deliverable in run.Summary.GetProperty("deliverables").EnumerateArray())
        {
            var id = deliverable.GetProperty("id").GetString()!;
            Assert.All(fields, field => Assert.Matches($@"\n\s*{Regex.Escape(id)}\.{Regex.Escape(field)}(\[\d+\])?\s", result.Output));
            Assert.Matches($@"{Regex.Escape(id)}\.final_hash +{deliverable.GetProperty("final_hash").GetString()}\s", result.Output);
            var caveats = deliverable.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.NotEmpty(caveats);
            for (var i = 0; i < caveats.Count; i++)
            {
                Assert.Matches($@"{Regex.Escape(id)}\.caveats\[{i}\] +{Regex.Escape(caveats[i])}\s", result.Output);
            }
        }
    }
}
