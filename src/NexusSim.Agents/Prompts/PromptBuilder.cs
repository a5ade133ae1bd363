using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// Builds a turn's user prompt from scoped context only: the task template, the task card, the
/// datamarked brief, the handoff received, the feedback to address and the artifacts the task
/// needs. Never the engagement's whole history (a turn runner may add it, see <c>ContextScope</c>).
/// </summary>
public sealed class PromptBuilder
{
    private readonly PromptLibrary _library;
    private readonly EngagementState _state;
    private readonly RenderedBrief _brief = new();
    private readonly Dictionary<ArtifactView, string> _artifacts = new(ByVersion.Instance);
    private readonly Lock _artifactsGate = new();

    // The glossary lines of the task card: the same for every turn of the engagement (a race builds equal lists).
    private IReadOnlyList<string>? _glossary;

    // Parts that are the same text turn after turn: built once per engagement, so every turn sends the
    // same string, which the token counts remember by instance (a race builds equal strings).
    private readonly ConcurrentDictionary<string, string> _gateParts = new(StringComparer.Ordinal);
    private string? _closing;

    /// <summary>A builder for <paramref name="state"/>'s engagement.</summary>
    public PromptBuilder(PromptLibrary library, EngagementState state)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _state = state ?? throw new ArgumentNullException(nameof(state));
    }

    /// <summary>The user prompt of <paramref name="turn"/>.</summary>
    public string Build(AgentTurn turn) => string.Concat(Parts(turn).Select(p => p.Text));

    /// <summary>The user prompt of <paramref name="turn"/>, part by part, in the order sent (see <see cref="ContextWindow"/>).</summary>
    public IReadOnlyList<PromptPart> Parts(AgentTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var manifest = _state.Manifest;
        var actor = manifest.Actor(turn.ActorId);
        var deliverable = turn.DeliverableId.Length > 0 ? _state.FindDeliverable(turn.DeliverableId) : null;
        var gate = turn.GateId is null ? null : manifest.Gate(turn.GateId);
        var card = new TaskCard
        {
            Turn = turn.TurnId,
            Actor = actor.Id,
            Task = turn.Task,
            Mode = turn.Mode.ToString().ToLowerInvariant(),
            ServiceLine = _state.ServiceLine.Id,
            ServiceLineName = _state.ServiceLine.Name,
            ServiceLineWeeks = _state.ServiceLine.Weeks,
            BudgetUsd = _state.FeeUsd ?? _state.Brief.EngagementFeeUsd,
            DeliverableId = turn.DeliverableId,
            Deliverable = deliverable?.Type.Name ?? string.Empty,
            Author = deliverable?.Type.Author ?? string.Empty,
            Phase = DeliverablePhase.Name(_state.ServiceLine, deliverable?.Type),
            Live = DeliverablePhase.IsLive(_state.ServiceLine, deliverable?.Type),
            GateId = gate?.Id ?? string.Empty,
            Attempt = turn.Attempt,
            VersionHash = turn.Artifacts.Count > 0 ? turn.Artifacts[^1].ContentHash : string.Empty,
            RequiredSections = deliverable?.Type.RequiredSections ?? [],
            HandoffFields = manifest.HandoffFields,
            Glossary = _glossary ??= [.. manifest.Glossary.Select(g => g.ForbiddenVariants.Count == 0 ? g.Term : $"{g.Term} = {string.Join(" | ", g.ForbiddenVariants)}")],
            // Who takes the work next: as the protocol says, else the recipient of a handoff this turn
            // passes on (a manager's brief names its worker); never this turn's own actor.
            Next = turn.Next ?? (turn.Handoff?.To is { } to && to != turn.ActorId ? to : string.Empty),
            GateChecks = [.. gate?.Checks.Select(c => c.ToString().ToLowerInvariant()) ?? []],
            EscalationId = turn.EscalationId ?? string.Empty,
            Options = turn.EscalationId is null ? [] : manifest.Escalation.Options,
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["firm"] = manifest.Firm.Name,
            ["actor"] = actor.Name,
            ["actor_title"] = actor.Title,
            ["task"] = turn.Task,
            ["deliverable"] = card.Deliverable,
            ["deliverable_id"] = card.DeliverableId,
            ["required_sections"] = string.Join(", ", card.RequiredSections),
            ["gate"] = gate?.Name ?? string.Empty,
            ["gate_id"] = card.GateId,
            ["service_line"] = _state.ServiceLine.Name,
            ["client"] = BriefBlock.Inline(_state.Brief.Client),
            ["attempt"] = turn.Attempt.ToString(CultureInfo.InvariantCulture),
            ["rubric"] = gate?.Rubric ?? string.Empty,
            ["escalation_id"] = card.EscalationId,
            ["options"] = string.Join(", ", card.Options),
        };

        var parts = new List<PromptPart>
        {
            // The card comes first: TaskCard.Parse reads the first card heading, so nothing a template
            // renders (a client name, say) can put a forged card ahead of it.
            new(PromptPart.Card, card.RenderAsPromptPart()),
            new("template", Template(turn.Task, values)),
            new(PromptPart.Brief, _brief.For(_state.Brief)),
        };
        if (gate is not null)
        {
            parts.Add(new("gate", _gateParts.GetOrAdd(gate.Id, static (_, g) => Text(AppendGate, g), gate)));
        }

        Add(parts, "handoff", AppendHandoff, turn.Handoff);
        Add(parts, "feedback", AppendFeedback, turn.Feedback);
        if (turn.Mode == StepMode.Edit && turn.Feedback.Count == 0)
        {
            parts.Add(new("released", ReleasedKeyFacts.Render(_state, turn.DeliverableId)));
        }

        foreach (var artifact in turn.Artifacts)
        {
            parts.Add(new(artifact.DeliverableId == turn.DeliverableId ? "artifact" : PromptPart.History, Artifact(artifact)));
        }

        if (turn.EndsWithVerdict)
        {
            // The verdict is the reviewer's handoff: recording it ends the turn (no final answer is read).
            parts.Add(new(PromptPart.Closing, "Recording your verdict ends your turn: its evidence and written issues are your handoff to the author.\n"));
            return parts;
        }

        parts.Add(new(PromptPart.Closing, _closing ??= "End your final answer with one line per handoff field, as `field: value`: " + string.Join(", ", manifest.HandoffFields) + "\n"));
        return parts;
    }

    // The task's template, trailing white space cut, then a blank line (PromptLibrary.Part: the same string
    // for a turn the engagements of a cell have in common).
    private string Template(string task, IReadOnlyDictionary<string, string> values) => _library.Part(task, values);

    // A version is attached to many turns (its gates, its rework, later deliverables): its block is
    // rendered once and every turn sends the same string, which the token counts remember by instance.
    // The engagement's versions are few (bounded by its deliverables and attempt caps). A view that is not
    // a version (the broadcast protocol's group chat, new at every turn) is rendered each time, not kept.
    private string Artifact(ArtifactView artifact)
    {
        if (artifact.ContentHash.Length == 0)
        {
            return Render(artifact);
        }

        lock (_artifactsGate)
        {
            if (_artifacts.TryGetValue(artifact, out var known))
            {
                return known;
            }
        }

        var text = Render(artifact);
        lock (_artifactsGate)
        {
            _artifacts.TryAdd(artifact, text);
        }

        return text;
    }

    private static string Render(ArtifactView artifact)
    {
        // The text joined once into the block, not copied into a builder and then out of it: the broadcast
        // group chat is rendered at every turn, and grows, and every version's block is as long as the version.
        var newLine = Environment.NewLine;
        var heading = string.Create(CultureInfo.InvariantCulture, $"## Artifact: {artifact.Name} v{artifact.Version} (version_hash {artifact.ContentHash}){newLine}~~~markdown{newLine}");
        return string.Concat(heading, artifact.Markdown.AsSpan().TrimEnd(), ArtifactEnd);
    }

    private static readonly string ArtifactEnd = Environment.NewLine + "~~~" + Environment.NewLine + Environment.NewLine;

    private static void Add<T>(List<PromptPart> parts, string kind, Action<StringBuilder, T> append, T value)
    {
        var text = Text(append, value);
        if (text.Length > 0)
        {
            parts.Add(new(kind, text));
        }
    }

    private static string Text<T>(Action<StringBuilder, T> append, T value)
    {
        var text = new StringBuilder();
        append(text, value);
        return text.ToString();
    }

    // The reviewer judges exactly the gate's rubric, after exactly its declared checks.
    private static void AppendGate(StringBuilder prompt, GateDefinition gate)
    {
        prompt.Append(CultureInfo.InvariantCulture, $"## Rubric of {gate.Name} ({gate.Id})").AppendLine();
        prompt.AppendLine(gate.Rubric.Trim());
        var checks = gate.Checks.Count == 0 ? "none" : string.Join(", ", gate.Checks).ToLowerInvariant();
        prompt.Append(CultureInfo.InvariantCulture, $"Deterministic checks of this gate: {checks}. Judge this rubric only, not other gates'.").AppendLine().AppendLine();
    }

    private static void AppendHandoff(StringBuilder prompt, HandoffRecord? handoff)
    {
        if (handoff is null)
        {
            return;
        }

        prompt.Append(CultureInfo.InvariantCulture, $"## Handoff from {handoff.From}").AppendLine();
        foreach (var (field, value) in handoff.Fields)
        {
            prompt.Append(field).Append(": ").AppendLine(value);
        }

        prompt.AppendLine();
    }

    private static void AppendFeedback(StringBuilder prompt, IReadOnlyList<GateIssue> feedback)
    {
        if (feedback.Count == 0)
        {
            return;
        }

        prompt.AppendLine("## Feedback to address");
        prompt.AppendLine(GateIssueText.Format(feedback)).AppendLine();
    }

    // Views equal as records, hashed by deliverable, version and content hash: the record's own hash reads
    // the whole text on every lookup, and a version's text is what its content hash stands for.
    private sealed class ByVersion : IEqualityComparer<ArtifactView>
    {
        public static ByVersion Instance { get; } = new();

        public bool Equals(ArtifactView? x, ArtifactView? y) => EqualityComparer<ArtifactView>.Default.Equals(x, y);

        public int GetHashCode(ArtifactView obj) => HashCode.Combine(obj.DeliverableId, obj.Version, obj.ContentHash);
    }
}
