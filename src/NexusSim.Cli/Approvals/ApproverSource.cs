using NexusSim.Core.Approvals;
using NexusSim.Core.Determinism;

namespace NexusSim.Cli.Approvals;

/// <summary>Checks the approver a run asks for and names the source of its decisions (part of the run id).</summary>
internal static class ApproverSource
{
    /// <summary>
    /// Null for policies and the console; for a decisions file, its full path and a digest of its content.
    /// A decisions file's entries must name deliverables of <paramref name="knownDeliverables"/> (the firm's).
    /// </summary>
    public static string? Check(string approver, string where, List<string> problems, IReadOnlyCollection<string> knownDeliverables)
    {
        ArgumentNullException.ThrowIfNull(approver);
        ArgumentNullException.ThrowIfNull(problems);
        if (approver.StartsWith(FileApprover.Prefix, StringComparison.Ordinal))
        {
            var path = approver[FileApprover.Prefix.Length..];
            if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add($"{where}: '{approver}' names no file; write file:PATH (a YAML list of decisions).");
                return null;
            }

            var full = Path.GetFullPath(path);
            var (_, fileProblems) = FileDecisions.Read(full, knownDeliverables);
            problems.AddRange(fileProblems);
            // Hashed only once the reader has found it a regular file (a FIFO would never end).
            var content = fileProblems.Count == 0 && File.Exists(full) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(full))) : "absent";
            return $"file:{full}#{StableHash.Hex(content)[..16]}";
        }

        if (approver != Running.RunInputs.ConsoleApproverName && !PolicyApprover.Names.Contains(approver))
        {
            problems.Add($"{where}: unknown approver '{approver}'. Use {Running.RunInputs.ConsoleApproverName}, file:PATH, {string.Join(", ", PolicyApprover.Names)}.");
        }

        return null;
    }

    /// <summary>The approver for a checked run.</summary>
    public static IApprover Create(string approver, Spectre.Console.IAnsiConsole console, TextReader pipedInput)
    {
        ArgumentNullException.ThrowIfNull(approver);
        ArgumentNullException.ThrowIfNull(console);
        if (approver.StartsWith(FileApprover.Prefix, StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(approver[FileApprover.Prefix.Length..]);
            var (decisions, escalations, _) = FileDecisions.ReadAll(full);
            return new FileApprover(full, decisions, escalations);
        }

        if (approver == Running.RunInputs.ConsoleApproverName)
        {
            return console.Profile.Capabilities.Interactive ? new Running.ConsoleApprover(console) : new LineApprover(console, pipedInput);
        }

        return PolicyApprover.Create(approver);
    }
}
