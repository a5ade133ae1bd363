using System.Text.Encodings.Web;
using System.Text.Json;
using NexusSim.Core.Engagements;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>Writes a run's files into its staging directory, then moves the whole directory into place.</summary>
internal static class RunOutputWriter
{
    public const string SummaryFile = "summary.json";

    /// <summary>The folder of the delivered files (.md and .docx, and a .caveats.md beside a version released on caveats).</summary>
    public const string DeliverablesFolder = "deliverables";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(string directory, EngagementState state, RunSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        Directory.CreateDirectory(Path.Combine(directory, DeliverablesFolder));
        foreach (var deliverable in state.Deliverables.Where(d => d.Current is not null))
        {
            var markdown = Path.Combine(directory, SummaryBuilder.FileOf(deliverable));
            await File.WriteAllTextAsync(markdown, deliverable.Current!.Markdown, cancellationToken).ConfigureAwait(false);
            Documents.DeliverableDocx.WriteBeside(markdown, state, deliverable);
            await Documents.CaveatsFile.WriteBesideAsync(markdown, deliverable, cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, SummaryFile), JsonSerializer.Serialize(summary, Json) + "\n", cancellationToken).ConfigureAwait(false);
        await EscalationFiles.WriteAsync(directory, state, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves <paramref name="staging"/> to <paramref name="final"/>, replacing an earlier run of the same id atomically (see <see cref="Records.RunPublisher"/>).</summary>
    public static void Publish(string staging, string final) => Records.RunPublisher.Publish(staging, final, RunStatus.Completed);

    /// <summary>Empties (or creates) a staging directory.</summary>
    public static void ResetStaging(string staging)
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
    }
}
