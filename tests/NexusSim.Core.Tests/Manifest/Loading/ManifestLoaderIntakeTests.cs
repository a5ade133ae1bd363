using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>The optional intake section: who is asked first, and what an out-of-band fee leads to.</summary>
public sealed class ManifestLoaderIntakeTests
{
    private const string Entry = ValidManifest.EntryFile;

    private const string AcceptAction = "actions:\n  - id: accept_engagement\n    description: \"Take an engagement in.\"\n";

    private const string AcceptGrant = "grants:\n  - action: accept_engagement\n    actors: [lead]\n";

    private static ManifestWorkspace WithIntake(string intake) =>
        ManifestWorkspace.Valid()
            .Replace("actions:\n", AcceptAction)
            .Replace("grants:\n", AcceptGrant)
            .Replace("standing_pairs:\n", intake + "standing_pairs:\n");

    [Fact]
    public void Load_NoIntakeSection_DefaultsToLowestAuthorityAndDecline()
    {
        using var workspace = ManifestWorkspace.Valid();

        var manifest = workspace.Load().Manifest!;

        Assert.Empty(manifest.Intake.Order);
        Assert.Equal(OutOfBandAction.Decline, manifest.Intake.OutOfBand);
    }

    [Fact]
    public void Load_EscalatingIntake_MapsOrderAndPricingDomain()
    {
        using var workspace = WithIntake("intake:\n  order: [lead]\n  out_of_band: escalate\n  pricing_domain: delivery_plan\n");

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
        Assert.Equal(["lead"], result.Manifest!.Intake.Order);
        Assert.Equal(OutOfBandAction.Escalate, result.Manifest.Intake.OutOfBand);
        Assert.Equal("delivery_plan", result.Manifest.Intake.PricingDomain);
    }

    [Fact]
    public void Load_IntakeOrderNamesAHuman_ReportsIntakeOrder()
    {
        using var workspace = WithIntake("intake:\n  order: [principal]\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IntakeOrder, Entry, workspace.LineOf("order: [principal]"),
            "intake.order is human 'principal'; intake is an agent's turn");
    }

    [Fact]
    public void Load_IntakeOrderNamesAnAgentWithoutAcceptGrant_ReportsIntakeOrder()
    {
        using var workspace = WithIntake("intake:\n  order: [analyst]\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IntakeOrder, Entry, workspace.LineOf("order: [analyst]"),
            "intake.order is 'analyst', who holds no accept_engagement grant");
    }

    [Fact]
    public void Load_IntakeOrderListsAnAgentTwice_ReportsTheRepeat()
    {
        using var workspace = WithIntake("intake:\n  order: [lead, lead]\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DuplicateId, Entry, workspace.LineOf("order: [lead, lead]"), "intake.order lists 'lead' twice");
    }

    [Fact]
    public void Load_EscalateWithoutPricingDomain_ReportsPricingDomain()
    {
        using var workspace = WithIntake("intake:\n  out_of_band: escalate\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PricingDomain, Entry, workspace.LineOf("out_of_band: escalate"),
            "intake.out_of_band is escalate, but intake.pricing_domain does not say");
    }

    [Fact]
    public void Load_PricingDomainWithDecline_ReportsPricingDomain()
    {
        using var workspace = WithIntake("intake:\n  out_of_band: decline\n  pricing_domain: delivery_plan\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.PricingDomain, Entry, workspace.LineOf("pricing_domain: delivery_plan"),
            "intake.pricing_domain is set, but out_of_band is decline");
    }

    [Fact]
    public void Load_PricingDomainOwnedByAHuman_ReportsIntakeOrder()
    {
        using var workspace = WithIntake("intake:\n  out_of_band: escalate\n  pricing_domain: client_commitments\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IntakeOrder, Entry, workspace.LineOf("pricing_domain: client_commitments"),
            "the owner of intake.pricing_domain 'client_commitments' is human 'principal'");
    }

    [Fact]
    public void Load_UnknownPricingDomain_ReportsDanglingReference()
    {
        using var workspace = WithIntake("intake:\n  out_of_band: escalate\n  pricing_domain: pricing\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.DanglingReference, Entry, workspace.LineOf("pricing_domain: pricing"),
            "intake.pricing_domain refers to decision domain 'pricing'");
    }

    [Fact]
    public void Load_UnknownOutOfBandValue_IsAnError()
    {
        using var workspace = WithIntake("intake:\n  out_of_band: accept_anyway\n");

        var result = workspace.Load();

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Location.Line == workspace.LineOf("out_of_band: accept_anyway"));
    }

    [Fact]
    public void Load_AmountLimitOnAnActionWithoutAmount_ReportsAmountLimitUnused()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("  - action: approve\n    actors: [principal]\n", "  - action: approve\n    actors: [principal]\n    limits:\n      max_amount_usd: 5000\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.AmountLimitUnused, Entry, workspace.LineOf("max_amount_usd: 5000"),
            "The grant of 'approve' has max_amount_usd, but approve states no amount");
    }

    [Fact]
    public void Load_AmountLimitOnCommitBudget_IsValid()
    {
        using var workspace = ManifestWorkspace.Valid();

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
        Assert.Contains(result.Manifest!.Grants, g => g.Action == "commit_budget" && g.Limits.MaxAmountUsd == 250_000m);
    }
}
