using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>What a human may not do, and gate owners who could never give their verdict.</summary>
public sealed class ManifestLoaderHumanRuleTests
{
    private const string Delivery = ValidManifest.DeliveryFile;

    private const string EditStep = "      - actor: editor\n        task: edit_memo\n        mode: edit\n";

    [Theory]
    [InlineData("edit")]
    [InlineData("plan")]
    public void Load_HumanTakesAWritingStep_ReportsHumanStepNamingTheStep(string mode)
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, EditStep,
            $"      - actor: principal\n        task: edit_memo\n        mode: {mode}\n");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.HumanStep, Delivery, workspace.LineOf(Delivery, "task: edit_memo") - 1,
            $"Chain 'memo_chain' step 2 (task edit_memo, mode {mode}) is taken by human 'principal'");
        Assert.Contains("Give step 2 of 'memo_chain' to an agent", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HumanAuthorsADeliverable_ReportsHumanStepOnTypeAndChain()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "    author: lead\n", "    author: principal\n")
            .Replace(Delivery, "      - actor: lead\n        task: write_memo\n", "      - actor: principal\n        task: write_memo\n");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.HumanStep, Delivery, workspace.LineOf(Delivery, "author: principal"),
            "Deliverable type 'strategy_memo' is authored by human 'principal'");
        ManifestAssert.HasError(result, ErrorCodes.HumanStep, Delivery, workspace.LineOf(Delivery, "task: write_memo") - 1,
            "Chain 'memo_chain' step 1 (task write_memo, mode author) is taken by human 'principal'");
    }

    [Fact]
    public void Load_HumanTakesReviewStep_IsValid()
    {
        // A human reviewer must own the gate the step runs (NX0063), so principal joins fact_check's owners.
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "      - actor: editor\n        task: review_scan\n", "      - actor: principal\n        task: review_scan\n")
            .Replace(Delivery, "owners: [editor, lead]", "owners: [editor, lead, principal]");

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
    }

    [Fact]
    public void Load_ReviewGateOwnerWithoutVerdictGrant_ReportsGateOwnerNotGranted()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("    actors: [lead, editor, principal]\n", "    actors: [lead, principal]\n");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.GateOwnerNotGranted, Delivery, workspace.LineOf(Delivery, "owners: [editor, lead]"),
            "Gate 'fact_check' is a review gate owned by 'editor', but no grant of record_gate_verdict lists 'editor'");
    }

    [Fact]
    public void Load_ApprovalGateOwnerWithoutApproveGrant_ReportsGateOwnerNotGranted()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("  - action: approve\n    actors: [principal]\n", "  - action: approve\n    actors: [lead]\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.GateOwnerNotGranted, Delivery, workspace.LineOf(Delivery, "owners: [principal]"),
            "Gate 'principal_signoff' is an approval gate owned by 'principal', but no grant of approve lists 'principal'");
    }

    [Fact]
    public void Load_StepBeforeHumanApprovalCannotRequestIt_ReportsHumanStep()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("actions:\n", "actions:\n  - id: request_approval\n    description: \"Ask for approval.\"\n")
            .Replace("grants:\n", "grants:\n  - action: request_approval\n    actors: [lead]\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.HumanStep, Delivery, workspace.LineOf(Delivery, "task: approve_memo") - 1,
            "the step before it is taken by 'editor', who asks for the approval, but no grant of request_approval lists 'editor'");
    }

    [Fact]
    public void Load_HumanReviewStepBeforeHumanApproval_AsksTheNearestEarlierAgentForTheGrant()
    {
        // The approval flow skips a human's review step: the editor's review asks, so the editor needs the grant,
        // and the human reviewer needs none (found by the actuarial fixture firm).
        using var workspace = HumanReviewsBeforeApproval("lead, editor");

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
    }

    [Fact]
    public void Load_HumanReviewStepBeforeHumanApprovalAndTheAgentLacksTheGrant_ReportsTheAgentNotTheHuman()
    {
        using var workspace = HumanReviewsBeforeApproval("lead");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.HumanStep, Delivery, workspace.LineOf(Delivery, "task: approve_memo") - 1,
            "the nearest earlier step taken by an agent (step 3) is taken by 'editor', who asks for the approval, but no grant of request_approval lists 'editor'");
        Assert.DoesNotContain("lists 'principal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PoolBeforeHumanApproval_EveryAgentOfThePoolNeedsTheGrant()
    {
        // analyst (not the memo's author) joins the editor's review step as a pool, so either may judge last and ask.
        using var workspace = ManifestWorkspace.Valid()
            .Replace("actions:\n", "actions:\n  - id: request_approval\n    description: \"Ask for approval.\"\n")
            .Replace("grants:\n", "grants:\n  - action: request_approval\n    actors: [editor]\n")
            .Replace("    actors: [lead, editor, principal]\n", "    actors: [lead, editor, principal, analyst]\n")
            .Replace(Delivery, "owners: [editor]", "owners: [editor, analyst]")
            .Replace(Delivery, "owners: [editor, lead]", "owners: [editor, lead, analyst]")
            .Replace(Delivery, "      - actor: editor\n        task: review_memo\n", "      - actor: [editor, analyst]\n        task: review_memo\n");

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.HumanStep
            && e.Message.Contains("no grant of request_approval lists 'analyst'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.HumanStep && e.Message.Contains("lists 'editor'", StringComparison.Ordinal));
    }

    // principal (a human) reviews fact_check and editorial_review on a step of its own between the editor's
    // review and its approval; the editor reviews fact_check; request_approval is granted to the given actors.
    private static ManifestWorkspace HumanReviewsBeforeApproval(string requesters) => ManifestWorkspace.Valid()
        .Replace("actions:\n", "actions:\n  - id: request_approval\n    description: \"Ask for approval.\"\n")
        .Replace("grants:\n", $"grants:\n  - action: request_approval\n    actors: [{requesters}]\n")
        .Replace(Delivery, "owners: [editor]", "owners: [editor, principal]")
        .Replace(Delivery, "        gates:\n          - fact_check\n          - editorial_review\n        mode:  review\n",
            "        gates:\n          - fact_check\n        mode:  review\n"
            + "      - actor: principal\n        task: final_read\n        gates:\n          - editorial_review\n        mode: review\n");
}

