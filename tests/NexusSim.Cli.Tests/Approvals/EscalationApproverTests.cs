using NexusSim.Cli.Approvals;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Tests.Approvals;

/// <summary>
/// The console, piped-line and file approvers decide escalations that reach the human: one of the
/// firm's options with a reason (and, to reassign, who); anything else pauses the run, never guesses.
/// </summary>
public sealed class EscalationApproverTests : IDisposable
{
    private static readonly string[] Options = ["reassign", "narrow the question", "extend the deadline", "accept with recorded risk"];
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static EscalationDecisionRequest Request(string id = "esc-002") => new(
        "supervising_attorney",
        new EscalationRecord("tobias", "supervising_attorney", "research_memo", "Attorney sign-off failed 3 times.\nSecond line.", ["v1 rejected"], "Scope too wide", Options) { Id = id, DeliverableId = "research_memo", GateId = "attorney_signoff" },
        "Research Memo :rocket: [bold]x[/]",
        "# Escalation report\n\nAttempts: 3");

    [Theory]
    [InlineData("accept with recorded risk", "accept with recorded risk")]
    [InlineData("ACCEPT WITH RECORDED RISK", "accept with recorded risk")]
    [InlineData("2", "narrow the question")]
    [InlineData("extend", "extend the deadline")]
    [InlineData("0", null)]
    [InlineData("5", null)]
    [InlineData("ship it", null)]
    [InlineData("", null)]
    public void Match_WhatAPersonWrites_NamesExactlyOneOptionOrNone(string written, string? expected) =>
        Assert.Equal(expected, EscalationChoice.Match(written, Options));

    [Fact]
    public void Match_FirstWordSharedByTwoOptions_NamesNone() =>
        Assert.Null(EscalationChoice.Match("accept", ["accept with recorded risk", "accept as a draft"]));

    [Theory]
    [InlineData("accept with recorded risk the figures are indicative", "accept with recorded risk", null, "the figures are indicative")]
    [InlineData("2 the scope was too wide", "narrow the question", null, "the scope was too wide")]
    [InlineData("reassign @iris fresh eyes", "reassign", "iris", "fresh eyes")]
    [InlineData("extend", "extend the deadline", null, "")]
    [InlineData("approve fine", null, null, "fine")]
    public void Parse_PipedLine_SplitsOptionAssigneeAndReason(string line, string? option, string? assignee, string reason) =>
        Assert.Equal((option, assignee, reason), EscalationChoice.Parse(line, Options));

    [Fact]
    public async Task LineApprover_OptionAndReason_DecidesAndShowsTheNumberedOptions()
    {
        var console = new TestConsole();
        var approver = new LineApprover(console.Console, new StringReader("# the Board\n\nreassign @iris fresh eyes on the question\n"));

        var decision = await approver.DecideEscalationAsync(Request(), CancellationToken.None);

        Assert.Equal(new EscalationDecision("reassign", "fresh eyes on the question", "iris"), decision);
        Assert.Contains("1) reassign  2) narrow the question", console.Output, StringComparison.Ordinal);
        Assert.Contains("Research Memo :rocket: [bold]x[/]", console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "no decision on the piped input for escalation esc-002")]
    [InlineData("approve looks fine\n", "'approve looks fine' is not a decision on escalation esc-002")]
    [InlineData("extend\n", "'extend' is not a decision on escalation esc-002")]
    public async Task LineApprover_NoOptionOrNoReason_PausesNamingTheEscalationAndTheOptions(string input, string expected)
    {
        var approver = new LineApprover(new TestConsole().Console, new StringReader(input));

        var paused = await Assert.ThrowsAsync<ApprovalPendingException>(() => approver.DecideEscalationAsync(Request(), CancellationToken.None));

        Assert.Contains(expected, paused.Message, StringComparison.Ordinal);
        Assert.Contains("accept with recorded risk", paused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileApprover_EscalationDecided_ReturnsTheFirmsOptionWithReasonAndAssignee()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "- escalation: esc-002\n  decision: reassign\n  reason: fresh eyes\n  assignee: iris\n- deliverable: research_memo\n  decision: reject\n  reason: not yet\n");
        var (decisions, escalations, problems) = FileDecisions.ReadAll(file);

        var decision = await new FileApprover(file, decisions, escalations).DecideEscalationAsync(Request(), CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(new EscalationDecision("reassign", "fresh eyes", "iris"), decision);
        Assert.False(decisions["research_memo"].Approve);
    }

    [Fact]
    public async Task FileApprover_NoDecisionForTheEscalation_PausesWithTheLinesToAdd()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "# no decisions yet\n");
        var (decisions, escalations, _) = FileDecisions.ReadAll(file);

        var paused = await Assert.ThrowsAsync<ApprovalPendingException>(() => new FileApprover(file, decisions, escalations).DecideEscalationAsync(Request(), CancellationToken.None));

        Assert.DoesNotContain("does not exist", paused.Message, StringComparison.Ordinal);

        Assert.Contains("has no decision for escalation esc-002 (Research Memo :rocket: [bold]x[/], to supervising_attorney)", paused.Message, StringComparison.Ordinal);
        Assert.Contains("'- escalation: esc-002'", paused.Message, StringComparison.Ordinal);
        Assert.Contains("escalations/esc-002.md", paused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileApprover_FileThatDoesNotExist_PausesSayingSoNotOnlyThatADecisionIsMissing()
    {
        // A mistyped path and a decisions file not started yet both pause the run: the message tells them apart.
        var file = _temp.Combine("no-such-folder", "decisions.yaml");
        var (decisions, escalations, _) = FileDecisions.ReadAll(file);

        var paused = await Assert.ThrowsAsync<ApprovalPendingException>(() => new FileApprover(file, decisions, escalations).DecideEscalationAsync(Request(), CancellationToken.None));

        Assert.Contains($"{file} does not exist (check the path", paused.Message, StringComparison.Ordinal);
        Assert.Contains("'- escalation: esc-002'", paused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileApprover_DecisionNotAnOptionOfTheFirm_PausesNamingFileLineAndOptions()
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, "# decisions\n- escalation: esc-002\n  decision: ship it anyway\n  reason: deadline\n");
        var (decisions, escalations, _) = FileDecisions.ReadAll(file);

        var paused = await Assert.ThrowsAsync<ApprovalPendingException>(() => new FileApprover(file, decisions, escalations).DecideEscalationAsync(Request(), CancellationToken.None));

        Assert.Contains($"{file}:2: decision: 'ship it anyway' for esc-002 is not one of the firm's escalation options (reassign, narrow the question", paused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- escalation: esc-1x\n  decision: reassign\n  reason: r\n", ":1: escalation: 'esc-1x' is not an escalation id")]
    [InlineData("- escalation: esc-001\n  reason: r\n", ":1: decision: missing for esc-001")]
    [InlineData("- escalation: esc-001\n  decision: reassign\n", ":1: reason: missing for esc-001")]
    [InlineData("- escalation: esc-001\n  deliverable: memo\n  decision: reassign\n  reason: r\n", ":1: a decision names a deliverable or an escalation, not both")]
    [InlineData("- escalation: esc-001\n  decision: reassign\n  reason: r\n- escalation: esc-001\n  decision: reassign\n  reason: r\n", ":4: escalation: esc-001 is decided twice")]
    [InlineData("- escalation: esc-001\n  decision: reassign\n  reason: r\n  asignee: iris\n", ":4: unknown field 'asignee'")]
    public async Task ReadAll_BadEscalationEntry_NamesFileLineAndField(string content, string expected)
    {
        var file = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(file, content);

        var (_, _, problems) = FileDecisions.ReadAll(file);

        Assert.Contains(problems, p => p.StartsWith(file, StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsoleApprover_Interactive_ShowsTheReportLiterallyAndTakesOptionReasonAndAssignee()
    {
        var input = new ScriptedInput();
        input.Key(ConsoleKey.Enter).Line("fresh eyes").Line("iris");
        var console = new TestConsole(input);

        var decision = await new ConsoleApprover(console.Console).DecideEscalationAsync(Request(), CancellationToken.None);

        Assert.Equal(new EscalationDecision("reassign", "fresh eyes", "iris"), decision);
        Assert.Contains("Escalation esc-002 on Research Memo :rocket: [bold]x[/]", console.Output, StringComparison.Ordinal);
        Assert.Contains("Attempts: 3", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("🚀", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleApprover_InteractiveAcceptance_AsksForNoAssignee()
    {
        var input = new ScriptedInput();
        input.Key(ConsoleKey.DownArrow).Key(ConsoleKey.DownArrow).Key(ConsoleKey.DownArrow).Key(ConsoleKey.Enter).Line("indicative figures");
        var console = new TestConsole(input);

        var decision = await new ConsoleApprover(console.Console).DecideEscalationAsync(Request(), CancellationToken.None);

        Assert.Equal(new EscalationDecision("accept with recorded risk", "indicative figures"), decision);
        Assert.DoesNotContain("Reassign to", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleApprover_ReasonWithNulsAndALoneSurrogate_KeptAsThePipedApproverKeepsIt()
    {
        var input = new ScriptedInput();
        input.Key(ConsoleKey.DownArrow).Key(ConsoleKey.DownArrow).Key(ConsoleKey.DownArrow).Key(ConsoleKey.Enter)
            .Line("\0\0").Line("indicative\0 figures \ud800only");
        var console = new TestConsole(input);

        var decision = await new ConsoleApprover(console.Console).DecideEscalationAsync(Request(), CancellationToken.None);

        Assert.Equal(new EscalationDecision("accept with recorded risk", "indicative figures only"), decision);
    }
}
