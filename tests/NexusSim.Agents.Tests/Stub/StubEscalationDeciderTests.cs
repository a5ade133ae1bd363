using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Stub;

public sealed class StubEscalationDeciderTests
{
    private static TaskCard Card(int attempt, params string[] options) => new()
    {
        Turn = "0042-memo-esc-001-iris",
        Actor = "iris",
        Task = "resolve_escalation",
        Mode = "plan",
        ServiceLine = "regulatory_research",
        GateId = "citation_check",
        Attempt = attempt,
        EscalationId = "esc-001",
        Options = options,
    };

    [Theory]
    [InlineData(1, "narrow the question")]
    [InlineData(2, "accept with recorded risk")]
    [InlineData(3, "accept with recorded risk")]
    public void Decide_ByRound_FirstGrantsAnotherRoundThenAccepts(int round, string expected)
    {
        var decision = StubEscalationDecider.Decide(Card(round, "reassign", "narrow the question", "extend the deadline", "accept with recorded risk"));

        Assert.Equal(expected, decision[ActionArgs.Option]);
        Assert.Equal("esc-001", decision[ActionArgs.EscalationId]);
    }

    [Fact]
    public void Decide_FirstRoundWithDecomposeListedBeforeRevise_AsksForTheSameWorkAgainWithRevise()
    {
        // The shipped firm lists decompose before revise; the stub's reason asks for one more round of the same work.
        var decision = StubEscalationDecider.Decide(Card(1, "reassign", "decompose", "revise", "accept with recorded risk", "defer"));

        Assert.Equal("revise", decision[ActionArgs.Option]);
        Assert.StartsWith("One more round at citation_check", (string)decision[ActionArgs.Reason]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "after 1 escalation:")]
    [InlineData(2, "after 2 escalations:")]
    public void Decide_Accepts_CountsItsEscalationsInWords(int round, string expected)
    {
        var decision = StubEscalationDecider.Decide(Card(round, "accept with recorded risk"));

        Assert.Contains(expected, (string)decision[ActionArgs.Reason]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AcceptsWithTheReportInThePrompt_TheCaveatNamesWhatTheLastAttemptLeftOpen()
    {
        const string Report = "Memo failed Board approval 3 times, its cap of 3.\nAttempt history:\n- attempt 1 on 76a3f839899e (v4): rejected by board_advisor (\"no owner\")\n- attempt 2 on 76a3f839899e (v4): rejected by board_advisor (\"the ranking table lacks a value column\")\nRoot cause: …\n";

        var decision = StubEscalationDecider.Decide(Card(2, "revise", "accept with recorded risk"), Report);

        Assert.Equal("Accepted as it stands after 2 escalations. Still open at citation_check, recorded as a caveat for the client team: rejected by board_advisor (\"the ranking table lacks a value column\").", decision[ActionArgs.Reason]);
    }

    [Fact]
    public void Decide_NoRoundOrAcceptOption_PicksTheFirstOptionOffered()
    {
        var decision = StubEscalationDecider.Decide(Card(1, "reassign", "descope"));

        Assert.Equal("reassign", decision[ActionArgs.Option]);
    }

    [Fact]
    public void Decide_SameCard_SameDecision()
    {
        var card = Card(2, "revise", "accept as is");

        Assert.Equal(StubEscalationDecider.Decide(card), StubEscalationDecider.Decide(card));
    }

    [Fact]
    public void TaskCard_EscalationFields_SurviveRenderAndParse()
    {
        var card = Card(2, "revise", "accept with recorded risk");

        var parsed = TaskCard.Parse(card.Render())!;

        Assert.Equal(("esc-001", 2), (parsed.EscalationId, parsed.Attempt));
        Assert.Equal(["revise", "accept with recorded risk"], parsed.Options);
    }
}
