using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Peer Benchmark's two variants drew their "agentic systems in production" figures apart: the prose said "49% of
/// banking organizations of comparable size now run at least one agentic system in production" (35% to 55%) while the
/// table gave the median peer 2 or 3 of them (a median peer runs one only if more than half do) and the client 0 or 1
/// (where the prose says the client runs none yet). Within a run, every table row and every sentence agree: the rows
/// are one row, client &lt; median &lt; top quartile, the client runs none, and the stated share is above half exactly
/// when the median peer runs at least one.
/// </summary>
public sealed partial class PeersInProductionTests
{
    [Fact]
    public void PeerBenchmark_SeedsOneToForty_TheTableAndTheStatedShareAgree()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var (rowsRead, bothRead) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            // The run's deliverables, and three more Peer Benchmark sections of the same run (one paragraph record, so a
            // repeat is drawn again and the run writes both variants).
            var record = new WrittenParagraphs();
            var markdowns = run.Run(seed).Values.ToList();
            foreach (var id in new[] { "own-a", "own-b", "own-c" })
            {
                markdowns.Add(run.ComposeOwn(id, ["Peer Benchmark"], seed, written: record));
            }

            var rows = markdowns.SelectMany(m => InProductionRow().Matches(m)).Select(r => (Client: Number(r, "client"), Median: Number(r, "median"), Quartile: Number(r, "quartile"))).ToList();
            var sentences = markdowns.SelectMany(m => ProseReader.Paragraphs(m).SelectMany(ProseReader.Sentences)).ToList();
            var shares = sentences.Select(s => Share().Match(s)).Where(m => m.Success).Select(m => Number(m, "share")).ToList();
            var clientHasNone = sentences.Any(s => ClientNotYet().IsMatch(s));
            rowsRead += rows.Count;
            foreach (var row in rows)
            {
                Assert.True(row == rows[0], $"seed {seed}: the run's peer tables disagree on agentic systems in production: {row} and {rows[0]}");
                Assert.True(row.Client < row.Median && row.Median < row.Quartile, $"seed {seed}: the row does not read client < median < top quartile: {row}");
                Assert.False(clientHasNone && row.Client > 0, $"seed {seed}: the prose says the client runs none yet, the table {row.Client}");
            }

            Assert.True(shares.Distinct().Count() <= 1, $"seed {seed}: the run states different peer shares: {string.Join(", ", shares)}");
            if (rows.Count > 0 && shares.Count > 0)
            {
                bothRead++;
                Assert.True(shares[0] > 50 == rows[0].Median >= 1,
                    $"seed {seed}: {shares[0]}% of peers run at least one agentic system in production, yet the median peer runs {rows[0].Median}");
            }
        }

        Assert.True(rowsRead >= 20, $"Only {rowsRead} peer-table rows in 40 seeds.");
        Assert.True(bothRead >= 10, $"Only {bothRead} runs state both the peer share and the table in 40 seeds.");
    }

    private static decimal Number(Match match, string group) => decimal.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| Agentic systems in production \| (?<client>\d+)(?: \[S\d+\])? \| (?<median>\d+)(?: \[S\d+\])? \| (?<quartile>\d+)(?: \[S\d+\])? \|", RegexOptions.Multiline)]
    private static partial Regex InProductionRow();

    [GeneratedRegex(@"(?<share>\d+)% of [^.]*? run at least one agentic system in production")]
    private static partial Regex Share();

    [GeneratedRegex(@"\b(?:does not yet|is not among them yet|has yet to join them)\b")]
    private static partial Regex ClientNotYet();
}
