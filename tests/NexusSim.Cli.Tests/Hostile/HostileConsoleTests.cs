using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Protocols;
using Spectre.Console;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>Text from a brief, a manifest or a model reaches the console neutralised and uninterpreted: the tests read the exact characters written.</summary>
public sealed class HostileConsoleTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("\u001b[2J\u001b[Hfake", "\\u001B[2J\\u001B[Hfake")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("osc\u001b]0;title\u0007", "osc\\u001B]0;title\\u0007")]
    [InlineData("c1\u009bq", "c1\\u009Bq")]
    [InlineData("rtl\u202Eexe.txt", "rtl\\u202Eexe.txt")]
    [InlineData("two\nlines\r", "two\\u000Alines\\u000D")]
    [InlineData("plain text, ünïcødé", "plain text, ünïcødé")]
    public void Neutralise_ControlOrBidiCharacters_AreShownAsEscapes(string hostile, string expected)
    {
        Assert.Equal(expected, SafeText.Neutralise(hostile));
    }

    [Fact]
    public void WriteSafe_MarkupAndEmojiCodes_AreWrittenExactlyAsGiven()
    {
        var console = new TestConsole();

        console.Console.WriteSafe(":fire: [red]alarm[/] [[x]] :smile:");

        Assert.Equal(":fire: [red]alarm[/] [[x]] :smile:", console.Output);
    }

    [Fact]
    public void WriteSafe_EscapeSequence_WritesNoEscapeByte()
    {
        var console = new TestConsole();

        console.Console.WriteSafe("Acme\u001b[31m Corp");

        Assert.Equal("Acme\\u001B[31m Corp", console.Output);
        Assert.DoesNotContain('\u001b', console.Output);
    }

    [Fact]
    public void Block_MultiLineContent_KeepsLineBreaksButEscapesOtherControls()
    {
        var console = new TestConsole();

        console.Console.Write(SafeText.Block("line one\r\nline\u001b two"));

        Assert.Equal("line one\nline\\u001B two", console.Output.TrimEnd('\n'));
    }

    [Fact]
    public void OnStep_LongDenialReason_IsPrintedWholeOnOneLine()
    {
        var console = new TestConsole();
        var reason = "denied: " + string.Concat(Enumerable.Repeat("the grant does not cover this amount; ", 10)) + "END";
        var observer = new LiveConsoleObserver(console.Console);

        observer.OnStep("0001-x", "agent_a", "drafts :fire:", [ActionOutcome.Refused("agent_a", "commit_budget", "DENIED: " + reason, reason, null)]);

        Assert.Contains("denied: " + reason + "\n", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("...", console.Output, StringComparison.Ordinal);
        Assert.Contains("drafts :fire:", console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "retried 1 model call after a transient failure")]
    [InlineData(3, "retried 3 model calls after transient failures")]
    public void OnRetries_ATurnRetried_OneLineUnderItsStep(int retries, string expected)
    {
        var console = new TestConsole();
        var observer = new LiveConsoleObserver(console.Console);

        observer.OnStep("0004-x", "agent_a", "drafts", []);
        observer.OnRetries("0004-x", "agent_a", retries);

        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("0004 agent_a", lines[0], StringComparison.Ordinal);
        Assert.Equal("       " + expected + " (see the audit trail)", lines[1]);
    }

    [Fact]
    public async Task Run_ClientNameWithEscapesAndEmojiCodes_IsPrintedNeutralised()
    {
        var brief = _temp.Combine("hostile.yaml");
        var text = await File.ReadAllTextAsync(Path.Combine(Paths.Briefs, "default.yaml"));
        await File.WriteAllTextAsync(brief, text.Replace("client: Harbourline Mutual Bank (fictional)", "client: \"Evil\\e[2J :fire: [red]Bank[/]\"", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(["run", "--out", _temp.Combine("out"), "--quiet", "--brief", brief]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("for Evil\\u001B[2J :fire: [red]Bank[/]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public async Task Run_ParseError_GoesToTheErrorConsoleNotTheOutput()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(Plain(output), Plain(error));

        var exit = await CliApplication.RunAsync(["run", "--sead", "3"], console);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("'--sead'. Did you mean '--seed'?", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingBrief_ErrorGoesToStderrAndNothingToStdout()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(Plain(output), Plain(error));

        var exit = await CliApplication.RunAsync(["run", "--out", _temp.Combine("out"), "--brief", _temp.Combine("none.yaml")], console);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("error: brief ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was run.", error.ToString(), StringComparison.Ordinal);
    }

    internal static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = CliConsole.UnwrappedWidth;
        return console;
    }
}
