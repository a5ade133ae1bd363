using System.Globalization;
using NexusSim.Core.Manifest;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>Prints every manifest error, one per line, in the compiler's file:line:col form.</summary>
internal static class ManifestErrorRenderer
{
    public static void Render(IAnsiConsole console, string manifestPath, IReadOnlyList<ManifestError> errors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            console.MarkupLineInterpolated($"[red]{error.Location}: error {error.Code}:[/] {error.Message}");
            console.MarkupLineInterpolated($"    [grey]fix:[/] {error.Fix}");
        }

        console.MarkupLineInterpolated(
            $"[red]{errors.Count.ToString(CultureInfo.InvariantCulture)} error(s) in {manifestPath}; nothing was run.[/]");
    }
}
