using System.Text.RegularExpressions;

namespace NexusSim.Cli.Running;

/// <summary>A provider failure's reason as one console line: no line breaks and no .NET exception type names.</summary>
internal static partial class ProviderFailureText
{
    /// <summary><paramref name="reason"/> on one line, with "XyzException (HTTP n): " shortened to "(HTTP n) ".</summary>
    public static string ForConsole(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return ExceptionName().Replace(reason.ReplaceLineEndings(" "), m => m.Groups[1].Success ? m.Groups[1].Value + " " : string.Empty);
    }

    [GeneratedRegex(@"\b\w*Exception(?: (\(HTTP \d+\)))?: ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExceptionName();
}
