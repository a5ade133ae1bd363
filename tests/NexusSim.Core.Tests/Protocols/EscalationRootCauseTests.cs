using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// The escalation's root cause says what a manager can act on: an issue that rework did not clear,
/// issues that rework did clear while new ones kept coming, or a reviewer whose verdicts lacked evidence.
/// </summary>
public sealed class EscalationRootCauseTests
{
    private const string Gate = "g1";

    private static readonly GateIssue Unsourced = new(CheckKind.Evidence, "Unsourced figure", "18%");
    private static readonly GateIssue Variant = new(CheckKind.Consistency, "Forbidden variant of the glossary term 'Roadmap'", "Agentic Roadmap");
    private static readonly GateIssue Misattributed = new(null, "The cited source does not support this statement. Write instead: X [S4].", "X [S2].");

    [Fact]
    public void Of_SameIssueThrice_NamesItAndItsAttempts()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Unsourced), Verdict(2, Unsourced), Verdict(3, Unsourced)]);

        Assert.Equal("the same evidence issue recurs in attempts 1, 2 and 3, so rework did not clear it: \"Unsourced figure\" on \"18%\".", cause);
    }

    [Fact]
    public void Of_AllDifferent_SaysEachReworkClearedItsIssueAndNamesTheKinds()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Variant), Verdict(2, Misattributed), Verdict(3, Unsourced)]);

        Assert.Equal("no issue recurred: each rework cleared the issues it was given and the next attempt found new ones (consistency in attempt 1, review in attempt 2, evidence in attempt 3).", cause);
    }

    [Fact]
    public void Of_SameMessageOtherTarget_IsNotARecurrence()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Unsourced), Verdict(2, Unsourced with { Target = "26" })]);

        Assert.DoesNotContain("recurs", cause, StringComparison.Ordinal);
        Assert.StartsWith("no issue recurred", cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_SameIssueTwiceInOneAttempt_IsNotARecurrence()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Unsourced, Unsourced), Verdict(2)]);

        Assert.Equal("no issue recurred: rework cleared the evidence issues of attempt 1.", cause);
    }

    [Fact]
    public void Of_IssuesOnlyAtTheLastAttempt_ClaimsNoRework()
    {
        var cause = EscalationRootCause.Of([Verdict(1), Verdict(2, Unsourced, Variant)]);

        Assert.Equal("only attempt 2 raised issues (consistency and evidence), and no rework followed it.", cause);
    }

    [Fact]
    public void Of_EvidenceMissingOnly_BlamesTheReviewerNotTheWork()
    {
        var cause = EscalationRootCause.Of([Verdict(1, ReviewEvidence.IssueAt(Gate)), Verdict(2, ReviewEvidence.IssueAt(Gate)), Verdict(3, ReviewEvidence.IssueAt(Gate))]);

        Assert.Equal("the reviewer's verdicts in attempts 1, 2 and 3 cited no evidence, which counts as needs work and which rework of the deliverable cannot fix.", cause);
    }

    [Fact]
    public void Of_DifferentIssuesThenNoEvidence_TwoSentences()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Variant), Verdict(2, Misattributed), Verdict(3, ReviewEvidence.IssueAt(Gate))]);

        Assert.Equal(
            "no issue recurred: each rework cleared the issues it was given and the next attempt found new ones (consistency in attempt 1, review in attempt 2). "
            + "The reviewer's verdict in attempt 3 cited no evidence, which counts as needs work and which rework of the deliverable cannot fix.",
            cause);
    }

    [Fact]
    public void Of_RecurringAndDifferentAndNoEvidence_NamesTheRecurrenceThenTheReviewer()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Unsourced, Variant), Verdict(2, Unsourced), Verdict(3, ReviewEvidence.IssueAt(Gate))]);

        Assert.StartsWith("the same evidence issue recurs in attempts 1 and 2, so rework did not clear it: \"Unsourced figure\" on \"18%\". The reviewer's verdict in attempt 3 cited no evidence", cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_EvidenceIssueOfAnotherGate_IsAnOrdinaryReviewIssue()
    {
        var cause = EscalationRootCause.Of([Verdict(1, ReviewEvidence.IssueAt("g2")), Verdict(2, ReviewEvidence.IssueAt("g2"))]);

        Assert.StartsWith("the same review issue recurs in attempts 1 and 2", cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoIssues_SaysTheReviewerGaveNone()
    {
        Assert.Equal("the reviewer gave no written issues.", EscalationRootCause.Of([Verdict(1), Verdict(2)]));
    }

    [Fact]
    public void Of_TiedRecurrences_NamesTheEarliestAndCountsTheOtherWhateverTheOrder()
    {
        GateVerdictRecord[] verdicts = [Verdict(1, Variant), Verdict(2, Unsourced, Variant), Verdict(3, Unsourced)];

        var cause = EscalationRootCause.Of(verdicts);

        Assert.Equal("the same consistency issue recurs in attempts 1 and 2 (1 other issue recurs too), so rework did not clear it: \"Forbidden variant of the glossary term 'Roadmap'\" on \"Agentic Roadmap\".", cause);
        Assert.Equal(cause, EscalationRootCause.Of([.. verdicts.Reverse()]));
        Assert.Equal(cause, EscalationRootCause.Of([Verdict(3, Unsourced), Verdict(2, Variant, Unsourced), Verdict(1, Variant)]));
    }

    [Fact]
    public void Of_MoreAttemptsBeatsEarlierStart_NamesTheMostRecurrent()
    {
        var cause = EscalationRootCause.Of([Verdict(1, Variant), Verdict(2, Variant, Unsourced), Verdict(3, Unsourced), Verdict(4, Unsourced)]);

        Assert.StartsWith("the same evidence issue recurs in attempts 2, 3 and 4 (1 other issue recurs too)", cause, StringComparison.Ordinal);
    }

    private static GateVerdictRecord Verdict(int attempt, params GateIssue[] issues) =>
        new(Gate, attempt, "0123456789abcdef", "reviewer", GateVerdict.NeedsWork, string.Empty, issues);
}
