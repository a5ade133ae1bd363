using Spectre.Console;

namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// A Spectre console that records plain text (no colours, wide lines) for assertions. Given a
/// <see cref="ScriptedInput"/>, it is interactive and prompts read their keys from the script.
/// </summary>
internal sealed class TestConsole
{
    private readonly StringWriter _writer = new();

    public TestConsole(ScriptedInput? input = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = input is null ? InteractionSupport.No : InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(_writer),
        });
        console.Profile.Width = 400;
        if (input is not null)
        {
            console.Profile.Capabilities.Interactive = true;
            console.Profile.Capabilities.Ansi = true;
            console = new ScriptedConsole(console, input);
        }

        Console = console;
    }

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString();
}
