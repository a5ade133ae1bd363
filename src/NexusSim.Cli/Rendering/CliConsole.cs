using Spectre.Console;
using Spectre.Console.Rendering;

namespace NexusSim.Cli.Rendering;

/// <summary>
/// The process's console: results go to <see cref="Out"/> (stdout), errors and warnings to
/// <see cref="Error"/> (stderr). Code that only has an <see cref="IAnsiConsole"/> reaches the error
/// side through <see cref="ConsoleExtensions.Errors"/>.
/// </summary>
internal sealed class CliConsole(IAnsiConsole output, IAnsiConsole error) : IAnsiConsole
{
    /// <summary>Where results go.</summary>
    public IAnsiConsole Out { get; } = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>Where errors and warnings go.</summary>
    public IAnsiConsole Error { get; } = error ?? throw new ArgumentNullException(nameof(error));

    /// <summary>Where plain-line input (piped approvals) is read from; the process's stdin when not set.</summary>
    public TextReader? LineInput { get; init; }

    /// <inheritdoc/>
    public Profile Profile => Out.Profile;

    /// <inheritdoc/>
    public IAnsiConsoleCursor Cursor => Out.Cursor;

    /// <inheritdoc/>
    public IAnsiConsoleInput Input => Out.Input;

    /// <inheritdoc/>
    public IExclusivityMode ExclusivityMode => Out.ExclusivityMode;

    /// <inheritdoc/>
    public RenderPipeline Pipeline => Out.Pipeline;

    /// <inheritdoc/>
    public void Clear(bool home) => Out.Clear(home);

    /// <inheritdoc/>
    public void Write(IRenderable renderable) => Out.Write(renderable);

    /// <inheritdoc/>
    public void WriteAnsi(Action<AnsiWriter> action) => Out.WriteAnsi(action);

    /// <summary>
    /// The consoles of this process: on stdout and stderr. Piped output is never hard-wrapped (the
    /// width follows the terminal only when there is one), and the input side is interactive only
    /// when stdin is a terminal.
    /// </summary>
    public static CliConsole ForProcess()
    {
        return new CliConsole(Create(Console.Out, Console.IsOutputRedirected), Create(Console.Error, Console.IsErrorRedirected));

        static IAnsiConsole Create(TextWriter writer, bool redirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Interactive = Console.IsInputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
            });
            if (redirected)
            {
                console.Profile.Width = UnwrappedWidth;
            }

            return console;
        }
    }

    /// <summary>The width given to a console whose output is not a terminal: wide enough that nothing wraps.</summary>
    public const int UnwrappedWidth = 100_000;
}
