using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Review and approve steps name the gates they run; every gate runs at exactly one step; options map to behaviour.</summary>
public sealed class ManifestLoaderChainGateTests
{
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_ReviewStepRunsAGateItsTypeDoesNotList_ReportsStepGateNotListed()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "          - fact_check\n        mode: review", "          - fact_check\n          - editorial_review\n        mode: review");

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.StepGateNotListed && e.Message.Contains("'editorial_review'", StringComparison.Ordinal) && e.Location.File == Delivery);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public void Load_TypeListsAGateNoStepRuns_ReportsGateNotRun()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "          - editorial_review\n", string.Empty);

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.GateNotRun, error.Code);
        Assert.Contains("'editorial_review'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReviewStepTakenByTheAuthor_ReportsSelfReview()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "      - actor: editor\n        task: review_scan", "      - actor: [editor, analyst]\n        task: review_scan");

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.SelfReview && e.Message.Contains("'analyst'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EscalationOptionTheEngineCannotMap_ReportsEscalationOptionUnmapped()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("options: [\"rework\", \"descope\"]", "options: [\"rework\", \"pray\"]");

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.EscalationOptionUnmapped, error.Code);
        Assert.Contains("'pray'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ActorPool_MapsEveryActorAndRotatesByAttempt()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "    owners: [editor, lead]", "    owners: [editor, lead, principal]")
            .Replace(Delivery, "      - actor: editor\n        task: review_scan", "      - actor: [editor, lead]\n        task: review_scan");

        var result = workspace.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var step = result.Manifest!.Chain("scan_chain").Steps.Single(s => s.Task == "review_scan");
        Assert.Equal(["editor", "lead"], step.Actors);
        Assert.Equal(["editor", "lead", "editor"], new[] { 1, 2, 3 }.Select(step.ActorFor));
    }
}
