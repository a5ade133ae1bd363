using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicySeparationTests
{
    private readonly AuthorityPolicy _policy = new(TestFirms.SmallFirm());

    private PolicyDecision Review(string reviewer, string? author) =>
        _policy.Evaluate(new ActionRequest(reviewer, ActionIds.RecordGateVerdict, new ActionFacts { DeliverableAuthor = author }));

    private PolicyDecision Approve(string approver, string? author, string? requester) =>
        _policy.Evaluate(new ActionRequest(approver, ActionIds.Approve, new ActionFacts { DeliverableAuthor = author, Requester = requester, Risk = RiskLevel.Low }));

    [Fact]
    public void Evaluate_ReviewerIsNotTheAuthor_Allowed()
    {
        var decision = Review("soren", "veda");

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_ReviewerIsTheAuthor_DeniedBySelfReviewRule()
    {
        var decision = Review("veda", "veda");

        Assert.False(decision.Allowed);
        Assert.Equal("no_self_review", decision.RuleId);
    }

    [Fact]
    public void Evaluate_SelfReview_ReasonNamesRuleAndWhoMayDoIt()
    {
        var decision = Review("veda", "veda");

        Assert.Equal(
            "Denied: veda may not record_gate_verdict (rule no_self_review): veda is the author of the deliverable: " +
            "no one reviews their own work; someone other than veda must record_gate_verdict.",
            decision.Reason);
    }

    [Theory]
    [InlineData("Veda")]
    [InlineData("VEDA")]
    [InlineData(" veda")]
    [InlineData("veda\t")]
    public void Evaluate_AuthorIsACaseOrPaddingVariantOfTheReviewer_StillSelfReview(string author)
    {
        var decision = Review("veda", author);

        Assert.Equal("no_self_review", decision.RuleId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Evaluate_AuthorNotStated_DeniedAsSeparationUnchecked(string? author)
    {
        var decision = Review("soren", author);

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.SeparationUnchecked, decision.RuleId);
    }

    [Fact]
    public void Evaluate_SelfApprovalOfOwnDeliverable_DeniedBySelfApprovalRule()
    {
        var decision = Approve("atlas", "atlas", "veda");

        Assert.Equal("no_self_approval", decision.RuleId);
    }

    [Fact]
    public void Evaluate_ApproverIsTheRequester_DeniedByApproverNotRequesterRule()
    {
        var decision = Approve("atlas", "veda", "atlas");

        Assert.False(decision.Allowed);
        Assert.Equal("approver_not_requester", decision.RuleId);
        Assert.Contains("atlas is the requester of the approval", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ApproverIsNeitherAuthorNorRequester_Allowed()
    {
        var decision = Approve("atlas", "veda", "kael");

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_HumanApprovingOwnRequest_StillDenied()
    {
        var decision = Approve(TestFirms.Partner, "veda", TestFirms.Partner);

        Assert.Equal("approver_not_requester", decision.RuleId);
    }

    [Fact]
    public void Evaluate_RequesterNotStatedForApproval_DeniedAsSeparationUnchecked()
    {
        var decision = Approve(TestFirms.Partner, "veda", null);

        Assert.Equal(PolicyRuleIds.SeparationUnchecked, decision.RuleId);
        Assert.Contains("requester of the approval is not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeparationBrokenAndGrantMissing_GrantRuleReportedFirst()
    {
        var decision = Review("kael", "kael");

        Assert.Equal(PolicyRuleIds.NoGrant, decision.RuleId);
    }

    [Fact]
    public void Evaluate_SeparationRuleOnAnotherAction_DoesNotApply()
    {
        var request = new ActionRequest("veda", ActionIds.SubmitDeliverable, new ActionFacts { DeliverableAuthor = "veda", Requester = "veda" });

        var decision = _policy.Evaluate(request);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_SeparationDenial_EscalatedToTheActorsManager()
    {
        var decision = Review("veda", "veda");

        Assert.Equal("atlas", decision.EscalateTo);
    }

    private static PolicyDecision ReviewUnderContributorRule(string reviewer, string? author, params string[] contributors) =>
        new AuthorityPolicy(TestFirms.SmallFirmBuilder()
                .Separate("no_edited_review", ActionIds.RecordGateVerdict, DutyParty.Contributor, "no one judges what they edited")
                .Build())
            .Evaluate(new ActionRequest(reviewer, ActionIds.RecordGateVerdict, new ActionFacts { DeliverableAuthor = author, DeliverableContributors = contributors }));

    [Fact]
    public void Evaluate_ContributorRuleAndTheReviewerEditedAVersion_DeniedNamingTheEdit()
    {
        var decision = ReviewUnderContributorRule("soren", "veda", "veda", "soren");

        Assert.False(decision.Allowed);
        Assert.Equal("no_edited_review", decision.RuleId);
        Assert.Contains("soren edited a version of the deliverable: no one judges what they edited; someone who never wrote or edited it must record_gate_verdict", decision.Reason, StringComparison.Ordinal);
    }

    // The small firm's own author rule would answer first: the contributor rule is asked alone.
    [Theory]
    [InlineData("veda", "veda")]
    [InlineData("veda", " VEDA")]
    [InlineData("kael", "veda")]
    public void Separation_ContributorRuleAlone_KeepsTheAuthorApartAsWellAsTheEditors(string reviewer, string author)
    {
        SeparationRule[] rules = [new("no_edited_review", ActionIds.RecordGateVerdict, DutyParty.Contributor, "no one judges what they edited", SourceLocation.None)];

        var denial = StateChecks.Separation(rules, reviewer, new ActionFacts { DeliverableAuthor = author, DeliverableContributors = [author.Trim().ToLowerInvariant(), "kael"] });

        Assert.Equal("no_edited_review", denial?.RuleId);
        Assert.True(StateChecks.KeepsApart(rules, ActionIds.RecordGateVerdict, reviewer, new ActionFacts { DeliverableAuthor = author, DeliverableContributors = ["kael"] }));
        Assert.False(StateChecks.KeepsApart(rules, ActionIds.Approve, reviewer, new ActionFacts { DeliverableAuthor = author, DeliverableContributors = ["kael"] }));
    }

    [Fact]
    public void KeepsApart_ARuleWhosePartyIsNotStated_KeepsNoOneApartButALaterRuleStillDoes()
    {
        SeparationRule[] rules =
        [
            new("approver_not_requester", ActionIds.RecordGateVerdict, DutyParty.Requester, "no self-service", SourceLocation.None),
            new("no_edited_review", ActionIds.RecordGateVerdict, DutyParty.Contributor, "no one judges what they edited", SourceLocation.None),
        ];
        var facts = new ActionFacts { DeliverableAuthor = "veda", DeliverableContributors = ["veda", "kael"] };

        Assert.True(StateChecks.KeepsApart(rules, ActionIds.RecordGateVerdict, "kael", facts));
        Assert.False(StateChecks.KeepsApart(rules, ActionIds.RecordGateVerdict, "soren", facts));
    }

    [Fact]
    public void Evaluate_ContributorRuleAndTheReviewerNeverTouchedIt_Allowed()
    {
        var decision = ReviewUnderContributorRule("soren", "veda", "veda", "kael");

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_AuthorRuleAndTheReviewerEditedAVersion_AllowedBecauseOnlyTheAuthorIsKeptApart()
    {
        var decision = _policy.Evaluate(new ActionRequest("soren", ActionIds.RecordGateVerdict,
            new ActionFacts { DeliverableAuthor = "veda", DeliverableContributors = ["veda", "soren"] }));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_ContributorRuleAndNoAuthorStated_DeniedAsSeparationUnchecked()
    {
        var decision = ReviewUnderContributorRule("soren", null, "kael");

        Assert.Equal(PolicyRuleIds.SeparationUnchecked, decision.RuleId);
    }

    [Fact]
    public void Evaluate_EscalationOffInManifest_DenialNotEscalated()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirmBuilder().EscalateOnDenial(false).Build());

        var decision = policy.Evaluate(new ActionRequest("veda", ActionIds.RecordGateVerdict, new ActionFacts { DeliverableAuthor = "veda" }));

        Assert.False(decision.Allowed);
        Assert.Null(decision.EscalateTo);
    }
}
