namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A foundations initiative does not start after the gate that closes the foundations wave. The Board Deck's
/// Roadmap Summary table says the Foundations wave delivers "Owners, data feed, control plane and policy" and that
/// "Security sign-off" releases the next wave, while the Roadmap's Sequenced Initiatives table in the same run listed
/// "2 | Control plane and tool registry | Security sign-off | Foundations" as its start (logistics-roadmap brief,
/// seed 8): the control plane would start only once the wave that builds it had closed. No Foundations-wave
/// initiative's "Starts after" is an event any table of the run names as what releases the wave after Foundations.
/// </summary>
public sealed class FoundationsGateOrderTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void Roadmap_SeedsOneToNinety_NoFoundationsInitiativeStartsAfterTheFoundationsGate(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "roadmap");
        var compared = 0;
        for (ulong seed = 1; seed <= 90; seed++)
        {
            var deliverables = run.Run(seed, options);
            var gates = deliverables.Values
                .SelectMany(TableReader.AllRows)
                .Where(r => r.TryGetValue("Wave", out var wave) && wave == "Foundations" && r.ContainsKey("What releases the next wave"))
                .Select(r => r["What releases the next wave"])
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var starts = deliverables
                .SelectMany(d => TableReader.AllRows(d.Value).Select(r => (Deliverable: d.Key, Row: r)))
                .Where(x => x.Row.ContainsKey("Starts after") && x.Row.TryGetValue("Wave", out var wave) && wave == "Foundations")
                .ToList();
            if (gates.Count == 0 || starts.Count == 0)
            {
                continue;
            }

            compared++;
            foreach (var (deliverable, row) in starts)
            {
                Assert.False(gates.Contains(row["Starts after"]),
                    $"{brief}, seed {seed}, {deliverable}: the Foundations initiative '{row["Initiative"]}' starts after '{row["Starts after"]}', which another table of the run names as the gate that closes Foundations");
            }
        }

        Assert.True(compared >= 4, $"{brief}: only {compared} runs in 90 seeds table both the foundations gate and the foundations initiatives' starts.");
    }
}
