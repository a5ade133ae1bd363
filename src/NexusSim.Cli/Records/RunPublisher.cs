using System.Text.Json;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Records;

/// <summary>
/// Moves a finished staging folder into out/&lt;run-id&gt;/. An earlier run of the same id is renamed
/// aside first, the new folder moved in, and only then the old one deleted, so a crash at any point
/// leaves one of the two in place (<see cref="Recover"/> puts an orphaned old folder back). A run
/// that did not complete never replaces a completed run of the same id.
/// </summary>
internal static class RunPublisher
{
    private const string AsideMarker = ".aside-";

    /// <summary>Publishes <paramref name="staging"/> as <paramref name="final"/>; false when a completed run was kept instead.</summary>
    public static bool Publish(string staging, string final, string status)
    {
        ArgumentException.ThrowIfNullOrEmpty(staging);
        ArgumentException.ThrowIfNullOrEmpty(final);
        if (Directory.Exists(final) && status != RunStatus.Completed && StatusOf(final) == RunStatus.Completed)
        {
            Directory.Delete(staging, recursive: true);
            return false;
        }

        if (!Directory.Exists(final))
        {
            Directory.Move(staging, final);
            return true;
        }

        var aside = AsidePath(final);
        Directory.Move(final, aside);
        Directory.Move(staging, final);
        Directory.Delete(aside, recursive: true);
        return true;
    }

    /// <summary>
    /// Run under the run's lock before anything else: puts back a run folder that a crash left renamed
    /// aside (when the new one never arrived) and removes aside folders whose replacement is in place.
    /// </summary>
    public static void Recover(string outDirectory, string runId)
    {
        var final = Path.Combine(outDirectory, runId);
        var prefix = $".{runId}{AsideMarker}";
        foreach (var aside in Directory.EnumerateDirectories(outDirectory, prefix + "*").Order(StringComparer.Ordinal).ToList())
        {
            if (Directory.Exists(final))
            {
                Directory.Delete(aside, recursive: true);
            }
            else
            {
                Directory.Move(aside, final);
            }
        }
    }

    /// <summary>The status word in a run folder's summary.json, or null when it has none (or an unreadable one).</summary>
    public static string? StatusOf(string runDirectory)
    {
        var path = Path.Combine(runDirectory, RunOutputWriter.SummaryFile);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string AsidePath(string final)
    {
        var parent = Path.GetDirectoryName(final)!;
        return Path.Combine(parent, $".{Path.GetFileName(final)}{AsideMarker}{Environment.ProcessId}");
    }
}
