using System.CommandLine;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>
/// `nexussim init DIR`: copies the shipped firm (agents/, prompts/, briefs/, samples/,
/// appsettings.json) into DIR for editing. Run nexussim from DIR and it reads that copy.
/// Nothing is overwritten: a DIR that already holds any of them is refused.
/// </summary>
internal static class InitCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to copy the firm into (created when missing; must not hold the firm's files yet)." };
        var command = new Command("init", "Copy the firm (agents/, prompts/, briefs/, samples/, appsettings.json) into DIR to edit it; nexussim run from DIR then uses that copy.");
        command.Arguments.Add(directory);
        command.SetAction(parse => Init(console, parse.GetValue(directory)!));
        return command;
    }

    public static int Init(IAnsiConsole console, string directory)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (string.IsNullOrWhiteSpace(directory) || directory.Contains('\0', StringComparison.Ordinal))
        {
            console.Errors().MarkupLine("[red]error:[/] dir: give the folder to copy the firm into, e.g. nexussim init my-firm.");
            return ExitCodes.InvalidInput;
        }

        var target = Path.GetFullPath(directory);
        var clashes = FirmHome.Entries.Where(e => Path.Exists(Path.Combine(target, e))).ToList();
        if (File.Exists(target) || clashes.Count > 0)
        {
            var what = File.Exists(target) ? "is a file" : $"already holds {string.Join(", ", clashes)}";
            console.Errors().WriteErrorLine($"{target} {what}; nothing was copied. Choose a new or empty folder.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            foreach (var entry in FirmHome.Entries)
            {
                Copy(Path.Combine(AppContext.BaseDirectory, entry), Path.Combine(target, entry));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Errors().WriteErrorLine($"cannot write to {target}: {ex.Message} Choose a writable folder.");
            return ExitCodes.InvalidInput;
        }

        console.WriteSafe($"Copied the firm into {target}: {string.Join(", ", FirmHome.Entries)}.");
        console.WriteLine();
        console.WriteSafe($"Edit the files there, then run nexussim from that folder: it reads that copy. {HowToRun(target)}");
        console.WriteLine();
        return ExitCodes.Ok;
    }

    // The command that works from where this nexussim is: from a clone (the project file above the build
    // output) 'dotnet run --project', which works before anything is installed, and the installed tool's name.
    private static string HowToRun(string target)
    {
        const string Installed = "nexussim run";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "NexusSim.Cli", "NexusSim.Cli.csproj");
            if (File.Exists(project))
            {
                return $"From this clone: cd {target} && dotnet run --project {project} -- run (or, with the tool installed: cd {target} && {Installed}).";
            }
        }

        return $"cd {target} && {Installed}";
    }

    private static void Copy(string source, string destination)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
