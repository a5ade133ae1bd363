using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>A deliverable's <c>phase</c> and a phase's <c>live</c> flag: what is live is read from the manifest, checked on load.</summary>
public sealed class ManifestLoaderPhaseTests
{
    private const string Delivery = ValidManifest.DeliveryFile;

    private static ManifestWorkspace WithPhases(string scanPhase, string memoPhase, bool recommendLive) =>
        ManifestWorkspace.Valid()
            .Replace("start_week: 3\n        end_week: 4", "start_week: 3\n        end_week: 4" + (recommendLive ? "\n        live: true" : string.Empty))
            .Replace(Delivery, "gates: [fact_check]\n", $"gates: [fact_check]\n    phase: {scanPhase}\n")
            .Replace(Delivery, "gates: [fact_check, editorial_review, principal_signoff]\n", $"gates: [fact_check, editorial_review, principal_signoff]\n    phase: {memoPhase}\n");

    [Fact]
    public void Load_LivePhase_MakesItsDeliverablesLiveAndEarlierOnesNot()
    {
        using var workspace = WithPhases("discover", "recommend", recommendLive: true);

        var manifest = workspace.Load().Manifest!;
        var line = manifest.ServiceLines[0];

        Assert.Equal(("discover", "recommend"), (manifest.DeliverableType("market_scan").Phase, manifest.DeliverableType("strategy_memo").Phase));
        Assert.Equal((false, true), (line.IsLive("discover"), line.IsLive("recommend")));
    }

    [Fact]
    public void Load_NoLivePhase_NothingIsLive()
    {
        using var workspace = WithPhases("discover", "recommend", recommendLive: false);

        var line = workspace.Load().Manifest!.ServiceLines[0];

        Assert.False(line.IsLive("recommend"));
        Assert.False(line.IsLive("no_such_phase"));
    }

    [Fact]
    public void Load_DeliverablePhaseTheLineDoesNotHave_ReportsPhaseUnknownWithNearestName()
    {
        using var workspace = WithPhases("discover", "recomend", recommendLive: true);

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.DeliverablePhaseUnknown, Delivery, workspace.LineOf(Delivery, "phase: recomend"),
            "Deliverable type 'strategy_memo' is written in phase 'recomend', which service line 'strategy_sprint' (which lists it) does not have.");
        Assert.Contains("recommend", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LiveNotABoolean_ReportsTheField()
    {
        using var workspace = WithPhases("discover", "recommend", recommendLive: true).Replace("live: true", "live: soon");

        var result = workspace.Load();

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("live", StringComparison.Ordinal));
    }
}
