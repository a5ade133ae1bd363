using System.Globalization;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Peer debate: the manifest's chains, but before a draft meets its first review gate, the author's
/// standing partners (the manifest's <c>standing_pairs</c>) each critique it in a turn of their own,
/// and the author revises it against their written issues, for at most
/// <see cref="ProtocolLimits.MaxRounds"/> rounds or until a round finds nothing. A partner's
/// critique records nothing: only the gates judge.
/// </summary>
public sealed class DebateProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "debate";

    /// <summary>The task kind of a critique turn (prompts/tasks/critique.md).</summary>
    public const string CritiqueTask = "critique";

    /// <summary>The heading a critique's issues follow, one <c>- [check] message: "target"</c> line each.</summary>
    public const string CritiqueHeading = "## Critique";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolTask> Tasks { get; } = [new(CritiqueTask, StepMode.Review)];

    // "none", "1 pair, which does not", "3 pairs and none does".
    private static string PairsHeld(int count) => count switch
    {
        0 => "none",
        1 => "1 pair, which does not",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} pairs and none does"),
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Lacks(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var authors = manifest.DeliverableTypes.Select(d => d.Author).ToHashSet(StringComparer.Ordinal);
        return manifest.DeliverableTypes.Any(d => Partners(manifest, d.Author).Count > 0)
            ? []
            : [$"debate needs standing_pairs that pair an author of a deliverable ({string.Join(", ", authors.Order(StringComparer.Ordinal))}) with another agent; {manifest.Firm.Name} has {PairsHeld(manifest.StandingPairs.Count)}. Add one under standing_pairs."];
    }

    /// <summary>The agents standing paired with <paramref name="author"/>, in the manifest's order.</summary>
    public static IReadOnlyList<string> Partners(FirmManifest manifest, string author)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. manifest.StandingPairs
            .Select(p => p.First == author ? p.Second : p.Second == author ? p.First : null)
            .OfType<string>()
            .Where(a => a != author && manifest.FindActor(a) is { IsHuman: false })
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The issues of a critique's text (the lines under <see cref="CritiqueHeading"/>).</summary>
    public static IReadOnlyList<GateIssue> IssuesOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf(CritiqueHeading, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var body = text[(start + CritiqueHeading.Length)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        return GateIssueText.Parse(end < 0 ? body : body[..end]);
    }

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await ChainProtocol.IntakeAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var pass = new ChainPass(ChainProtocol.Lane) { BeforeReview = CritiqueAsync };
        foreach (var deliverable in session.State.Deliverables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ChainProtocol.RunChainAsync(session, deliverable, pass, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task CritiqueAsync(DeliverableRun run, CancellationToken cancellationToken)
    {
        var session = run.Session;
        var manifest = session.State.Manifest;
        var deliverable = run.Deliverable;
        var partners = Partners(manifest, run.Author);
        var gate = deliverable.Type.Gates.Select(manifest.Gate).FirstOrDefault(g => g.Kind == GateKind.Review);
        for (var round = 1; round <= session.Parts.Limits.MaxRounds && partners.Count > 0; round++)
        {
            var issues = new List<GateIssue>();
            foreach (var partner in partners)
            {
                var key = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{deliverable.Id}-critique-r{round}-{partner}"));
                var result = await session.RunTurnAsync(
                    new AgentTurn(key, partner, CritiqueTask, StepMode.Review, deliverable.Id, gate?.Id, round, run.Lane, null, [View(run)], []),
                    cancellationToken).ConfigureAwait(false);
                issues.AddRange(IssuesOf(result.Text));
            }

            if (issues.Count == 0)
            {
                return;
            }

            var revise = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{deliverable.Id}-revise-r{round}-{run.Author}"));
            await session.RunTurnAsync(
                new AgentTurn(revise, run.Author, run.AuthorTask, StepMode.Edit, deliverable.Id, null, round, run.Lane, null, [View(run)], issues),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static ArtifactView View(DeliverableRun run)
    {
        var version = run.Deliverable.Current!;
        return new ArtifactView(run.Deliverable.Id, run.Deliverable.Type.Name, version.Number, version.ContentHash, version.Markdown);
    }
}
