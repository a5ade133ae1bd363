using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Service lines, deliverable types and chains must fit together.</summary>
public sealed class ManifestLoaderDeliveryTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_DeliverableTypeWithUndefinedChain_ReportsDanglingChain()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "chain: scan_chain", "chain: scan_chian");

        var result = workspace.Load();

        var error = ManifestAssert.HasError(result, ErrorCodes.DanglingReference, Delivery, workspace.LineOf(Delivery, "scan_chian"),
            "Deliverable type 'market_scan' (chain) refers to chain 'scan_chian'");
        Assert.StartsWith("Did you mean 'scan_chain'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChainProducingNoDeliverableType_ReportsChainUnused()
    {
        var extra = "\n  - id: spare_chain\n    name: \"Spare\"\n    steps:\n      - actor: lead\n        task: spare\n        mode: author";
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "        mode: approve", "        mode: approve" + extra);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ChainUnused, Delivery, workspace.LineOf(Delivery, "id: spare_chain"),
            "Chain 'spare_chain' produces no deliverable type (none names it as its chain).");
    }

    [Fact]
    public void Load_ChainAuthorStepByAnotherActor_ReportsChainAuthorMismatch()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "      - actor: lead\n        task: write_memo", "      - actor: analyst\n        task: write_memo");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ChainAuthorMismatch, Delivery, workspace.LineOf(Delivery, "chain: memo_chain"),
            "Deliverable type 'strategy_memo' is authored by 'lead', but the author step of its chain 'memo_chain' is done by 'analyst'.");
    }

    [Fact]
    public void Load_ChainWithTwoAuthorSteps_ReportsChainAuthorSteps()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "mode: edit", "mode: author");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.ChainAuthorSteps, Delivery, workspace.LineOf(Delivery, "- actor: lead\n        task: write_memo"),
            "Chain 'memo_chain' has 2 author steps; it needs exactly one.");
    }

    [Fact]
    public void Load_DeliverableTypeNoServiceLineUses_ReportsDeliverableUnused()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("deliverables: [market_scan, strategy_memo]", "deliverables: [strategy_memo]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DeliverableUnused, Delivery, workspace.LineOf(Delivery, "id: market_scan"),
            "Deliverable type 'market_scan' is used by no service line.");
    }

    [Fact]
    public void Load_ServiceLineWithoutDeliverables_ReportsServiceLineEmpty()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("deliverables: [market_scan, strategy_memo]", "deliverables: []");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.ServiceLineEmpty, Entry, workspace.LineOf("deliverables: []"),
            "service line 'strategy_sprint' lists no deliverables.");
    }

    [Fact]
    public void Load_ServiceLineNamesUnknownDeliverable_ReportsDangling()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("deliverables: [market_scan, strategy_memo]", "deliverables: [market_scan, strategy_memo, board_deck]");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("board_deck"),
            "Service line 'strategy_sprint' (deliverables) refers to deliverable type 'board_deck'");
    }

    [Fact]
    public void Load_MinimumPriceAboveMaximum_ReportsPriceBand()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("price_min_usd: 40000", "price_min_usd: 95000");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PriceBand, Entry, workspace.LineOf("price_min_usd: 95000"),
            "Service line 'strategy_sprint': price_min_usd 95000 is above price_max_usd 90000.");
    }

    [Fact]
    public void Load_PhaseEndingAfterTheLine_ReportsPhaseWeeks()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("end_week: 4", "end_week: 5");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PhaseWeeks, Entry, workspace.LineOf("end_week: 5"),
            "Phase 'recommend' of service line 'strategy_sprint' spans weeks 3..5, outside the line's weeks 1..4.");
    }

    [Fact]
    public void Load_PhaseStartingAfterItEnds_ReportsPhaseWeeks()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("start_week: 1", "start_week: 3");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PhaseWeeks, Entry, workspace.LineOf("start_week: 3\n        end_week: 2"),
            "Phase 'discover' of service line 'strategy_sprint' starts in week 3, after it ends (week 2).");
    }
}
