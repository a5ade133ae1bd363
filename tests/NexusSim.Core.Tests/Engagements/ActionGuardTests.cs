using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;
using NexusSim.Core.Tests.Engagements.Support;
using static NexusSim.Core.Tests.Engagements.Support.GuardedEngagement;

namespace NexusSim.Core.Tests.Engagements;

public sealed class ActionGuardTests
{
    private readonly GuardedEngagement _engagement = new();

    private PolicyDecision Check(string actor, string action, Dictionary<string, object?> args) =>
        _engagement.Guard.Check(actor, action, args);

    [Fact]
    public void Check_ArgumentsNamingTheHuman_StillEvaluateTheTurnsActor()
    {
        _engagement.Approved("h1");
        var args = OnMemo(("actor", TestFirms.Partner), ("actor_id", TestFirms.Partner), ("approver", TestFirms.Partner));

        var decision = Check("atlas", ActionIds.ReleaseToClient, args);

        Assert.Equal(PolicyRuleIds.ExternalNeedsHuman, decision.RuleId);
        Assert.StartsWith("Denied: atlas ", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AuthorRecordsVerdictOnOwnDeliverable_DeniedAsSelfReview()
    {
        _engagement.Submit("h1");

        var decision = Check("veda", ActionIds.RecordGateVerdict, OnMemo());

        Assert.Equal("no_self_review", decision.RuleId);
    }

    [Fact]
    public void Check_ReviewerIsNotTheAuthor_Allowed()
    {
        _engagement.Submit("h1");

        var decision = Check("soren", ActionIds.RecordGateVerdict, OnMemo());

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Check_VerdictWithoutDeliverable_DeniedAsSeparationUnchecked()
    {
        var decision = Check("soren", ActionIds.RecordGateVerdict, Args());

        Assert.Equal(PolicyRuleIds.SeparationUnchecked, decision.RuleId);
    }

    [Fact]
    public void Check_ApproverWhoRequestedTheApproval_DeniedAsApproverNotRequester()
    {
        _engagement.Submit("h1");
        _engagement.State.RequestApproval(Memo, TestFirms.Partner);

        var decision = Check(TestFirms.Partner, ActionIds.Approve, OnMemo());

        Assert.Equal("approver_not_requester", decision.RuleId);
    }

    [Fact]
    public void Check_ApproveBeforeAnyoneRequested_DeniedAsSeparationUnchecked()
    {
        _engagement.Submit("h1");

        var decision = Check(TestFirms.Partner, ActionIds.Approve, OnMemo());

        Assert.Equal(PolicyRuleIds.SeparationUnchecked, decision.RuleId);
    }

    [Fact]
    public void Check_AcceptWithoutAmount_ChecksTheBriefBudgetAgainstTheLimit()
    {
        var engagement = new GuardedEngagement(TestFirms.SmallFirmBuilder().Grant(ActionIds.AcceptEngagement, new GrantLimits(100_000m, null, null), "kael"));

        var decision = engagement.Guard.Check("kael", ActionIds.AcceptEngagement, Args());

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("$150,000 exceeds kael's limit of $100,000", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AcceptWithoutServiceLine_ChecksTheEngagementsLine()
    {
        var engagement = new GuardedEngagement(line: "ai_rescue");

        var decision = engagement.Guard.Check("atlas", ActionIds.AcceptEngagement, Args((ActionArgs.Risk, "low")));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("'ai_rescue'", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("250000", true)]
    [InlineData("$250,000", true)]
    [InlineData("250000.01", false)]
    public void Check_CommitBudgetAmountArgument_CheckedAgainstTheLimit(string amount, bool allowed)
    {
        var decision = Check("kael", ActionIds.CommitBudget, Args((ActionArgs.AmountUsd, amount), (ActionArgs.Risk, "HIGH")));

        Assert.Equal(allowed, decision.Allowed);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("lots")]
    public void Check_MalformedAmount_ThrowsActionArgumentException(string amount)
    {
        Assert.Throws<ActionArgumentException>(() => Check("kael", ActionIds.CommitBudget, Args((ActionArgs.AmountUsd, amount))));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("extreme")]
    public void Check_MalformedRisk_ThrowsActionArgumentException(string risk)
    {
        Assert.Throws<ActionArgumentException>(() => Check("kael", ActionIds.CommitBudget, Args((ActionArgs.AmountUsd, "1"), (ActionArgs.Risk, risk))));
    }

    [Fact]
    public void Check_NullArguments_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _engagement.Guard.Check("kael", ActionIds.CommitBudget, null!));
    }

    [Fact]
    public void Check_UndeclaredAction_DeniedAsUndeclared()
    {
        var decision = Check("atlas", "delete_everything", Args());

        Assert.Equal(PolicyRuleIds.UndeclaredAction, decision.RuleId);
    }

    [Fact]
    public void Check_CallerNamesAnotherServiceLine_TheEngagementsLineIsEvaluated()
    {
        var engagement = new GuardedEngagement(line: "ai_rescue");
        var args = Args((ActionArgs.ServiceLine, Line), (ActionArgs.AmountUsd, "100000"), (ActionArgs.Risk, "low"));

        var decision = engagement.Guard.Check("atlas", ActionIds.AcceptEngagement, args);

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("service line 'ai_rescue' is outside", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DefineGlossaryTermNamingADomainTheCallerOwns_EvaluatedAgainstTheTermsDomain()
    {
        var term = new GlossaryTerm("quality bar", "What good enough means.", "quality", [], SourceLocation.None);
        var engagement = new GuardedEngagement(glossary: [term]);
        var args = Args((ActionArgs.Term, "Quality Bar"), (ActionArgs.Definition, "Whatever ships."), (ActionArgs.Domain, "pricing"));

        var decision = engagement.Guard.Check("kael", ActionIds.DefineTerm, args);

        Assert.Equal(PolicyRuleIds.DomainOwnerOnly, decision.RuleId);
        Assert.Contains("domain quality is owned by soren, not kael", decision.Reason, StringComparison.Ordinal);
    }
}
