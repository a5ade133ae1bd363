using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>
/// The interactive approver's panel shows manifest names and the model's text exactly as written:
/// no emoji shortcode becomes an emoji and no markup becomes a style, in the title or the preview.
/// </summary>
public sealed class ConsoleApproverPanelTests
{
    [Fact]
    public async Task DecideAsync_NamesWithEmojiShortcodesAndMarkup_ShowsThemLiterally()
    {
        var input = new ScriptedInput();
        input.Key(ConsoleKey.Enter).Line("fine");
        var console = new TestConsole(input);
        var version = new DeliverableVersion(1, new string('a', 64), "# :fire: [red]Draft[/]\n\nBody :rocket:.", "author", "First draft.");
        var request = new ApprovalRequest("board", "memo", "Memo :rocket: [bold]now[/]", version, [], true, "lead :smile:");

        var decision = await new ConsoleApprover(console.Console).DecideAsync(request, CancellationToken.None);

        Assert.True(decision.Approved);
        Assert.Contains("Memo :rocket: [bold]now[/] v1", console.Output, StringComparison.Ordinal);
        Assert.Contains("(requested by lead :smile:)", console.Output, StringComparison.Ordinal);
        Assert.Contains("# :fire: [red]Draft[/]", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("🚀", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("😄", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideEscalationAsync_OptionsWithEmojiShortcodesAndMarkup_MenuShowsThemLiterally()
    {
        var input = new ScriptedInput();
        input.Key(ConsoleKey.Enter).Line("fine");
        var console = new TestConsole(input);
        string[] options = [":fire: revise [red]now[/]", "descope :rocket:"];
        var escalation = new EscalationRecord("iris", "board", "memo", "Capped.", ["v1 failed"], "Scope", options) { Id = "esc-001", DeliverableId = "memo", GateId = "g1" };

        var decision = await new ConsoleApprover(console.Console).DecideEscalationAsync(new EscalationDecisionRequest("board", escalation, "Memo", "report"), CancellationToken.None);

        // The menu shows each option as written; a colon carries an invisible word joiner (SafeText.AsMarkup).
        var shown = console.Output.Replace(SafeText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);
        Assert.Equal(options[0], decision!.Option);
        Assert.Contains(":fire: revise [red]now[/]", shown, StringComparison.Ordinal);
        Assert.Contains("descope :rocket:", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("🔥", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("🚀", console.Output, StringComparison.Ordinal);
    }
}
