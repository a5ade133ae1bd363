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

    // The memo's editor edits it and then reviews it: allowed while separation holds from its author,
    // refused once the firm's rule keeps every contributor from giving a verdict.
    [Theory]
    [InlineData("contributor", true)]
    [InlineData("author", false)]
    public void Load_ReviewStepTakenByAnActorWhoEditsEarlierInTheChain_ReportedOnlyUnderAContributorRule(string party, bool reported)
    {
        using var workspace = ManifestWorkspace.Valid().Replace(
            "separation_of_duties:\n",
            $"separation_of_duties:\n  - id: no_self_review\n    action: record_gate_verdict\n    actor_must_differ_from: {party}\n    reason: \"No one judges work they wrote or edited.\"\n");

        var result = workspace.Load();

        var errors = result.Errors.Where(e => e.Code == ErrorCodes.ReviewerContributes).ToList();
        Assert.Equal(reported, errors.Count > 0);
        if (reported)
        {
            var error = Assert.Single(errors);
            Assert.Equal(Delivery, error.Location.File);
            Assert.Contains("Chain 'memo_chain' (step 'review_memo') would have 'editor' review the deliverable that 'editor' edits at step 'edit_memo'", error.Message, StringComparison.Ordinal);
            Assert.Contains("'no_self_review'", error.Message, StringComparison.Ordinal);
            Assert.Null(result.Manifest);
        }
        else
        {
            Assert.Empty(result.Errors);
        }
    }

    [Fact]
    public void Load_ContributorRuleAndAReviewPoolWithNoOneWhoWritesOrEdits_Valid()
    {
        // The scan's chain has no edit step: its reviewer pool of the lead (who plans) and the editor stands.
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "      - actor: editor\n        task: review_scan", "      - actor: [lead, editor]\n        task: review_scan")
            .Replace(Delivery, "      - actor: editor\n        task: edit_memo\n        mode: edit\n", string.Empty)
            .Replace("separation_of_duties:\n", "separation_of_duties:\n  - id: no_self_review\n    action: record_gate_verdict\n    actor_must_differ_from: contributor\n    reason: \"No one judges work they wrote or edited.\"\n");

        var result = workspace.Load();

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Manifest);
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
