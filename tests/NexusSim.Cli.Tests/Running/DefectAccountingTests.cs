using System.Text.Json;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// The defect tally against the stub's ledger: a human's rejection that quotes a defect catches it at the
/// approval gate, and a rework that gives back an earlier version's text (the same hash twice) is counted
/// once, not a crash.
/// </summary>
public sealed class DefectAccountingTests : IDisposable
{
    private const string Body = "# Memo\n\n## Findings\n\nCosts fell 12% in 2025 [S1].\n";
    private const string Other = "# Memo\n\n## Findings\n\nCosts fell 9% in 2025 [S1].\n";
    private static readonly PlantedDefect Wrong = new(DefectKind.WrongFigure, "Costs fell 12% in 2025 [S1].", "Costs fell 9% in 2025 [S1].");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Of_ReworkGivesBackAnEarlierText_CountsItsDefectOnceAndMarksOnlyTheLastReleased()
    {
        var engagement = new ShippedEngagement();
        var ledger = new DefectLedger();
        ledger.Record(DefectLedger.HashOf(Body), [Wrong]);
        ledger.Record(DefectLedger.HashOf(Other), []);
        var id = engagement.First.Id;
        foreach (var text in new[] { Body, Other, Body })
        {
            engagement.Act("soren", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, id), (ActionArgs.Content, text), (ActionArgs.Summary, "v"));
        }

        engagement.Act("board_advisor", ActionIds.ReleaseToClient, (ActionArgs.DeliverableId, id), (ActionArgs.VersionHash, engagement.First.Current!.ContentHash));

        var tally = DefectAccounting.Of(engagement.State, ledger)!;
        await DefectAccounting.WriteAsync(_temp.Path, engagement.State, ledger, CancellationToken.None);

        Assert.Equal((1, 1), (tally.Planted, tally.Shipped));
        var versions = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Path, DefectAccounting.GroundTruthFile))).RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => v.GetProperty("deliverable").GetString() == id).ToList();
        Assert.Equal([false, false, true], versions.Select(v => v.GetProperty("released").GetBoolean()));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Of_HumanRejectionQuotingTheDefect_CountsItCaughtAtTheApprovalGate(bool quotes, int expected)
    {
        var engagement = new ShippedEngagement();
        var ledger = new DefectLedger();
        ledger.Record(DefectLedger.HashOf(Body), [Wrong]);
        var deliverable = engagement.First;
        var approval = engagement.Manifest.Gates.First(g => g.Kind == GateKind.Approval).Id;
        var human = engagement.Manifest.Actors.First(a => a.IsHuman).Id;
        engagement.Act("soren", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.Content, Body), (ActionArgs.Summary, "v1"));
        var issue = quotes ? $"- [review] A figure here is wrong. Quoted: \"{Wrong.Target}\"" : "- [review] Something else is wrong.";

        engagement.Act(human, ActionIds.Reject, (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.VersionHash, deliverable.Current!.ContentHash),
            (ActionArgs.Reason, "Read before release.\n" + issue));

        var tally = DefectAccounting.Of(engagement.State, ledger)!;
        Assert.Equal(expected, tally.Caught[approval]);
        Assert.Equal(expected, tally.CaughtTotal);
    }
}
