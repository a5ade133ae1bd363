using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>
/// Writes <c>escalations/&lt;id&gt;.md</c> for every escalation someone decides (the report a person reads), and the
/// run's denial notices, which need no decision, together in <c>escalations/denial-notices.md</c>.
/// </summary>
internal static class EscalationFiles
{
    public const string Folder = "escalations";

    public static async Task WriteAsync(string directory, EngagementState state, CancellationToken cancellationToken)
    {
        var escalations = state.Escalations;
        if (escalations.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(directory, Folder));
        foreach (var escalation in escalations.Where(e => e.NeedsDecision))
        {
            await File.WriteAllTextAsync(Path.Combine(directory, Folder, escalation.Id + ".md"), EscalationMarkdown.Render(state, escalation), cancellationToken).ConfigureAwait(false);
        }

        if (DenialNoticesMarkdown.Render(state) is { } notices)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, Folder, DenialNoticesMarkdown.FileName), notices, cancellationToken).ConfigureAwait(false);
        }
    }
}
