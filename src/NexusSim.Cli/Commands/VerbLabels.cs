using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace NexusSim.Cli.Commands;

/// <summary>
/// The verbs' rows in a parent's --help ("experiment [&lt;FILE&gt;]"): System.CommandLine writes an optional
/// argument there as it writes a required one ("experiment &lt;FILE&gt;"), though the verb's own usage line
/// brackets it, so a verb that runs without its FILE or PATH read as if it needed one. Its help builder is
/// internal, so this action lets System.CommandLine write the help and then brackets those labels in the
/// "Commands:" rows, widening the label column to fit.
/// </summary>
internal sealed class VerbLabels : SynchronousCommandLineAction
{
    private const string Heading = "Commands:";

    [ThreadStatic]
    private static bool _writing;

    private readonly HelpAction _help;

    private VerbLabels(HelpAction help) => _help = help;

    public override bool ClearsParseErrors => true;

    /// <summary>Puts the bracketing action in front of <paramref name="root"/>'s help.</summary>
    public static void Bracket(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: HelpAction help } option)
        {
            option.Action = new VerbLabels(help);
        }
    }

    /// <summary>"experiment [&lt;FILE&gt;]", "runs diff &lt;a&gt; &lt;b&gt;": the verb's name, then each visible argument, an optional one in brackets.</summary>
    public static string Label(Command verb) => Label(verb, bracketOptional: true);

    // bracketOptional false: the label as System.CommandLine writes it ("experiment <FILE>").
    private static string Label(Command verb, bool bracketOptional)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var arguments = verb.Arguments.Where(a => !a.Hidden).Select(a =>
        {
            var name = $"<{(string.IsNullOrWhiteSpace(a.HelpName) ? a.Name : a.HelpName)}>";
            return bracketOptional && a.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
        });
        return string.Join(' ', [string.Join(", ", [verb.Name, .. verb.Aliases]), .. arguments]);
    }

    /// <summary>
    /// The help text <paramref name="help"/> with the "Commands:" rows of <paramref name="verbs"/> relabelled
    /// (<see cref="Label"/>) and every row's description moved right by as much as the longest label grew.
    /// </summary>
    public static string Relabel(string help, IEnumerable<Command> verbs)
    {
        ArgumentNullException.ThrowIfNull(help);
        var labels = verbs.Where(v => !v.Hidden).Select(v => (Written: Label(v, bracketOptional: false), Meant: Label(v))).ToList();
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == Heading);
        var grow = labels.Count == 0 ? 0 : labels.Max(l => l.Meant.Length - l.Written.Length);
        if (start < 0 || grow <= 0)
        {
            return help;
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var inSection = i > start && lines[(start + 1)..(i + 1)].All(l => l.TrimEnd('\r').Length > 0);
            var row = inSection ? labels.FirstOrDefault(l => line.StartsWith($"  {l.Written}  ", StringComparison.Ordinal)) : default;
            text.Append(!inSection ? line
                : row.Written is null ? new string(' ', grow) + line // a row's wrapped description
                : $"  {row.Meant}{new string(' ', grow - (row.Meant.Length - row.Written.Length))}{line[(2 + row.Written.Length)..]}");
            text.Append(i < lines.Length - 1 ? "\n" : string.Empty);
        }

        return text.ToString();
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var verbs = parseResult.CommandResult.Command.Subcommands;
        if (_writing || verbs.All(v => Label(v) == Label(v, bracketOptional: false)))
        {
            return _help.Invoke(parseResult);
        }

        // The same command line again, its help written into a string (this action hands it straight to System.CommandLine's).
        using var captured = new StringWriter();
        var width = _help.MaxWidth;
        var grow = verbs.Max(v => Label(v).Length - Label(v, bracketOptional: false).Length);
        _writing = true;
        try
        {
            // Wrapped to a terminal, the descriptions leave room for the wider label column.
            _help.MaxWidth = width is < int.MaxValue and > 40 ? width - grow : width;
            var again = parseResult.RootCommandResult.Command.Parse([.. parseResult.Tokens.Select(t => t.Value)]);
            var exit = again.Invoke(new InvocationConfiguration { Output = captured, Error = parseResult.InvocationConfiguration.Error });
            parseResult.InvocationConfiguration.Output.Write(Relabel(captured.ToString(), verbs));
            return exit;
        }
        finally
        {
            _writing = false;
            _help.MaxWidth = width;
        }
    }
}
