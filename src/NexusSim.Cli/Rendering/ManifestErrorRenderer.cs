using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>Prints every manifest error, one per line, in the compiler's file:line:col form.</summary>
internal static class ManifestErrorRenderer
{
    /// <summary>Prints <paramref name="errors"/>, then, when <paramref name="countLine"/>, how many there are in <paramref name="manifestPath"/> (a caller that sums them up itself passes false).</summary>
    public static void Render(IAnsiConsole console, string manifestPath, IReadOnlyList<ManifestError> errors, bool countLine = true)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            console.WriteLabelledLine($"{error.Location}: error {error.Code}:", SafeText.ErrorLabel, error.Message);
            console.WriteLabelledLine("    fix:", new Style(Color.Grey), error.Fix);
        }

        if (countLine)
        {
            console.WriteSafeLine($"{CountWords.Of(errors.Count, "error")} in {manifestPath}; nothing was run.", SafeText.ErrorLabel);
        }
    }
}
