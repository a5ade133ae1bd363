using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// One deliverable going through its chain: who reworks it (the author, or whoever an escalation
/// reassigned it to), the extra attempts escalation decisions granted per gate, and the rework turn.
/// </summary>
internal sealed class DeliverableRun
{
    private readonly Dictionary<string, int> _extraAttempts = new(StringComparer.Ordinal);

    public DeliverableRun(EngagementSession session, ChainDefinition chain, DeliverableState deliverable, string lane)
    {
        Session = session;
        Chain = chain;
        Deliverable = deliverable;
        Lane = lane;
        var authorStep = chain.Steps.First(s => s.Mode == StepMode.Author);
        Author = authorStep.Actor;
        AuthorTask = authorStep.Task;
    }

    public EngagementSession Session { get; }

    public ChainDefinition Chain { get; }

    public DeliverableState Deliverable { get; }

    public string Lane { get; }

    /// <summary>Who reworks the deliverable now.</summary>
    public string Author { get; set; }

    public string AuthorTask { get; }

    /// <summary>The action bodies, for the few records that are not an actor's action (a missing verdict, a handoff).</summary>
    public EngagementActions Actions => new(Session.State);

    /// <summary>Failures a gate allows before it escalates: its max attempts, plus a round per decision that granted more.</summary>
    public int CapOf(GateDefinition gate) => gate.MaxAttempts * (1 + _extraAttempts.GetValueOrDefault(gate.Id));

    public void GrantRound(string gateId) => _extraAttempts[gateId] = _extraAttempts.GetValueOrDefault(gateId) + 1;

    /// <summary>Sends the current version back to the reworking author with the written issues.</summary>
    public async Task ReworkAsync(string gateId, int attempt, IReadOnlyList<GateIssue> issues, CancellationToken cancellationToken)
    {
        var version = Deliverable.Current!;
        var artifact = new ArtifactView(Deliverable.Id, Deliverable.Type.Name, version.Number, version.ContentHash, version.Markdown);
        var turnId = Session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{Deliverable.Id}-rework-{gateId}-a{attempt}-{Author}"));
        Session.Metrics.AddRework();
        await Session.RunTurnAsync(
            new AgentTurn(turnId, Author, AuthorTask, StepMode.Edit, Deliverable.Id, gateId, attempt, Lane, null, [artifact], issues),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The review gates run at or before step <paramref name="stepIndex"/>, each with its step, in chain order.</summary>
    public List<(GateDefinition Gate, ChainStep Step)> ReviewGatesUpTo(int stepIndex)
    {
        var manifest = Session.State.Manifest;
        return [.. Chain.Steps.Take(stepIndex + 1)
            .Where(s => s.Mode == StepMode.Review)
            .SelectMany(s => s.Gates.Where(g => Deliverable.Type.Gates.Contains(g, StringComparer.Ordinal)).Select(g => (manifest.Gate(g), s)))];
    }
}
