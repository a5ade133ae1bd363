using NexusSim.Agents.Actions;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Tests.Running;

/// <summary>How the live view writes the lines under a step: gate issues and denials, each said once, with nothing trailing.</summary>
public sealed class LiveViewLineTests
{
    [Fact]
    public void OnVerdict_IssueLines_EndWithTheirLastCharacterNotASpace()
    {
        var engagement = new ShippedEngagement();
        var console = new TestConsole();
        var verdict = new GateVerdictRecord("g1", 1, "hash", "quinn", GateVerdict.NeedsWork, string.Empty,
            [new GateIssue(CheckKind.Structure, "Missing section", "Technical Infrastructure"), new GateIssue(null, "Remove it.", null)]);

        new LiveConsoleObserver(console.Console).OnVerdict(engagement.First, verdict);

        var lines = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["         - [structure] Missing section: \"Technical Infrastructure\"", "         - [review] Remove it."], lines[1..]);
    }

    [Fact]
    public void OnStep_HumanRejectsWithIssues_SaysWhyAndTheIssuesItQuotes()
    {
        var console = new TestConsole();
        const string result = "Rejected Memo version 1 (abc123): Read before release and found one problem the review gates let through.\n- [review] The cited source does not support this statement. Quoted: \"Costs fell 12% [S2].\"";

        new LiveConsoleObserver(console.Console).OnStep("0020-reject", "board_advisor", "reject", [new ActionOutcome("board_advisor", ActionIds.Reject, true, result, null, null)]);

        var lines = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["       rejected: Read before release and found one problem the review gates let through.",
            "         - [review] The cited source does not support this statement. Quoted: \"Costs fell 12% [S2].\""], lines[1..]);
    }

    [Theory]
    [InlineData(ActionIds.Reject, "Rejected Memo version 2 (abc123): The pilot has no owner.", "       rejected: The pilot has no owner.")]
    [InlineData(ActionIds.Approve, "Approved Memo version 2 (abc123): fine.", null)]
    public void OnStep_HumanDecisionWithoutIssues_OnlyARejectionSaysWhy(string action, string result, string? expected)
    {
        var console = new TestConsole();

        new LiveConsoleObserver(console.Console).OnStep("0020-x", "board_advisor", action, [new ActionOutcome("board_advisor", action, true, result, null, null)]);

        var lines = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected is null ? [] : [expected], lines[1..]);
    }

    [Fact]
    public void OnStep_PolicyDenial_SaysDeniedAndTheRuleOnce()
    {
        var console = new TestConsole();
        const string reason = "veda may not release_to_client (rule external_needs_human): only a human may release it. The request was escalated to atlas.";
        var result = $"{AuthorityFilter.DeniedPrefix} (external_needs_human): Denied: {reason}";

        new LiveConsoleObserver(console.Console).OnStep("0005-x", "veda", "intake", [ActionOutcome.Refused("veda", ActionIds.ReleaseToClient, result, reason, "external_needs_human")]);

        var denial = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')[1];
        Assert.Equal("       denied: veda may not release_to_client (rule external_needs_human): only a human may release it. The request was escalated to atlas.", denial);
    }

    [Fact]
    public void OnStep_RefusedForBadArguments_KeepsWhatTheCallerWasTold()
    {
        var console = new TestConsole();
        var result = $"{AuthorityFilter.InvalidPrefix}: Argument 'verdict' is required. Nothing was changed; call record_gate_verdict again with valid arguments.";

        new LiveConsoleObserver(console.Console).OnStep("0005-x", "quinn", "gate_review on memo", [ActionOutcome.Refused("quinn", ActionIds.RecordGateVerdict, result, result, null)]);

        Assert.Equal("       denied: " + result, console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')[1]);
    }

    [Fact]
    public void OnStep_DeniedAction_PrintsTheCarriedReasonNotTheCallersText()
    {
        // The caller's text and the carried reason share nothing: a view that derived its line from the
        // caller's text (by stripping labels, or at all) prints something else.
        var console = new TestConsole();
        var result = $"{AuthorityFilter.DeniedPrefix} (grant_limits): Denied: petra may not commit_budget (rule grant_limits): over the limit.";
        const string reason = "the reason the reader is told, set where the denial was produced";

        new LiveConsoleObserver(console.Console).OnStep("0007-x", "petra", "drafts", [ActionOutcome.Refused("petra", ActionIds.CommitBudget, result, reason, "grant_limits")]);

        var lines = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        Assert.Equal("       denied: " + reason, lines[1]);
        Assert.DoesNotContain("over the limit", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionOutcome_NotRunWithoutAReason_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ActionOutcome("petra", ActionIds.CommitBudget, false, "DENIED: no.", null, " "));
    }
}
