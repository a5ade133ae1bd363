using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// The root cause of an approval gate's escalation is read from the human's reasons: a reason that came back
/// after rework, reasons that kept changing, and rework that never changed the version the human saw.
/// </summary>
public sealed class ApprovalRootCauseTests
{
    [Fact]
    public void Of_SameReasonThriceOnOneVersion_QuotesItAndSaysNoReworkChangedTheContent()
    {
        var cause = ApprovalRootCause.Of([Rejected(1, "a", 4, "the ranking table lacks a value column"), Rejected(2, "a", 4, "the ranking table lacks a value column"), Rejected(3, "a", 4, "the ranking table lacks a value column")]);

        Assert.Equal("board_advisor gave the same reason in attempts 1, 2 and 3, so rework did not clear it: \"the ranking table lacks a value column\". No rework changed the content: all 3 rejections were of v4.", cause);
    }

    [Fact]
    public void Of_SameReasonOnNewVersionsWithAnotherReason_CountsTheOtherAndSaysNothingAboutTheContent()
    {
        var cause = ApprovalRootCause.Of([Rejected(1, "a", 2, "no owner"), Rejected(2, "b", 3, "too long"), Rejected(3, "c", 4, "no owner")]);

        Assert.Equal("board_advisor gave the same reason in attempts 1 and 3 (1 other reason given too), so rework did not clear it: \"no owner\".", cause);
    }

    [Fact]
    public void Of_EveryReasonNew_SaysEachReworkMetANewObjectionAndQuotesTheLast()
    {
        var cause = ApprovalRootCause.Of([Rejected(1, "a", 2, "no owner"), Rejected(2, "b", 3, "too long")]);

        Assert.Equal("each rework met a new objection (2 different reasons in attempts 1 and 2); the last, by board_advisor: \"too long\".", cause);
    }

    [Fact]
    public void Of_OneRejection_QuotesIt()
    {
        var cause = ApprovalRootCause.Of([Rejected(1, "a", 2, "  no owner ")]);

        Assert.Equal("board_advisor rejected it in attempt 1: \"no owner\".", cause);
    }

    private static ApprovalAttempt Rejected(int attempt, string hash, int version, string reason) =>
        new(attempt, new ApprovalRecord("board_advisor", hash, false, reason), version);
}
