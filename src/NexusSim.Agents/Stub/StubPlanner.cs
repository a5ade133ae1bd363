using System.Globalization;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Determinism;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Stub;

/// <summary>
/// Decides the tool calls a task needs, from the request alone: accept at intake, assign when
/// planning, draft and submit when authoring, repair and resubmit on rework, judge when reviewing,
/// approve when approving, decide when an escalation reaches it. The same request always yields the same plan.
/// </summary>
internal sealed class StubPlanner
{
    private readonly StubContext _context;

    public StubPlanner(StubContext context) => _context = context;

    public List<PlannedCall> Plan(StubRequest request)
    {
        var calls = Main(request);
        return [.. StubFaults.Prefix(request, calls, _context), .. calls];
    }

    private List<PlannedCall> Main(StubRequest request)
    {
        var card = request.Card;
        var (action, arguments) = card.EscalationId.Length > 0 ? (ActionIds.ResolveEscalation, StubEscalationDecider.Decide(card, request.ArtifactMarkdown)) : card.Mode switch
        {
            "plan" when card.DeliverableId.Length == 0 => (ActionIds.AcceptEngagement, Accept(card, _context.QuoteFactor)),
            "plan" when card.Task == HierarchicalProtocol.DelegateTask => (ActionIds.AssignTask, StubDelegation.Assign(card)),
            "review" when card.Task == DebateProtocol.CritiqueTask => (string.Empty, []),
            _ when card.Task == ParallelProtocol.IntegrateTask => (string.Empty, []),
            "plan" => (ActionIds.AssignTask, Assign(card)),
            "author" => (ActionIds.SubmitDeliverable, Submit(request, Author(request))),
            "edit" when request.Feedback.Count == 0 && request.ArtifactMarkdown is not null => (ActionIds.SubmitDeliverable, Editorial(request)),
            "edit" => (ActionIds.SubmitDeliverable, Submit(request, Rework(request))),
            "review" => (ActionIds.RecordGateVerdict, Review(request)),
            "approve" => (ActionIds.RequestApproval, SignOff(card)),
            _ => (string.Empty, []),
        };
        var tool = action.Length == 0 ? null : request.Tool(action);
        return tool is null ? [] : [new PlannedCall(tool, arguments)];
    }

    private static Dictionary<string, object?> Accept(TaskCard card, decimal quoteFactor) => new()
    {
        [ActionArgs.ServiceLine] = card.ServiceLine,
        [ActionArgs.AmountUsd] = card.BudgetUsd * quoteFactor,
        [ActionArgs.Reason] = $"The brief fits our {card.ServiceLineName} service line and its budget sits inside the line's price range.",
    };

    private static Dictionary<string, object?> Assign(TaskCard card) => new()
    {
        [ActionArgs.Assignee] = card.Author.Length > 0 ? card.Author : card.Next,
        [ActionArgs.DeliverableId] = card.DeliverableId,
        [ActionArgs.Task] = card.Task,
        [ActionArgs.Reason] = $"Draft the {card.Deliverable} with every required section ({string.Join(", ", card.RequiredSections)}) and a source for every figure.",
    };

    private Dictionary<string, object?> Submit(StubRequest request, Draft draft, string? editSummary = null)
    {
        var hash = DefectLedger.HashOf(draft.Markdown);
        _context.Ledger.Record(hash, ContextGap.Add(request, _context.Seed, draft));
        var summary = editSummary ?? (request.Card.Mode == "edit"
            ? $"Rework addressing {CountWords.Of(request.Feedback.Count, "issue")} from review."
            : $"First draft of the {request.Card.Deliverable}.");
        return new()
        {
            [ActionArgs.DeliverableId] = request.Card.DeliverableId,
            [ActionArgs.Content] = draft.Markdown,
            [ActionArgs.Summary] = summary,
        };
    }

    private Draft Author(StubRequest request)
    {
        var rates = _context.Options.For(request.Card.Actor);
        // Keyed by deliverable and draft, not by turn: governance changes the turn order, never the first draft.
        var random = StubDraws.For(_context.Seed, request.Card.DeliverableId, 1, "defects");
        var defects = new List<DefectKind>();
        foreach (var (kind, rate) in new[]
        {
            (DefectKind.MissingSection, rates.MissingSection),
            (DefectKind.UnsourcedNumber, rates.UnsourcedNumber),
            (DefectKind.Cliche, rates.Cliche),
            (DefectKind.InconsistentTerm, rates.InconsistentTerm),
            (DefectKind.WrongFigure, rates.WrongFigure),
            (DefectKind.MisattributedCitation, rates.MisattributedCitation),
            (DefectKind.UnsupportedRecommendation, rates.UnsupportedRecommendation),
        })
        {
            if (random.Chance(rate))
            {
                defects.Add(kind);
            }
        }

        return Compose(request, DraftRequestFor(request, defects));
    }

    // A draft written from the request's facts; without the brief, the figures derived from guessed facts are recorded.
    private Draft Compose(StubRequest request, DraftRequest draftRequest)
    {
        var draft = _context.Library.Compose(draftRequest);
        return ContextGap.IsMissing(request) ? ContextGap.AddGuessedFigures(request, _context.Library.Facts(draftRequest), draft) : draft;
    }

    // A repair carries forward the defects of the version it edits that its text still shows.
    private Draft Rework(StubRequest request)
    {
        var before = request.ArtifactMarkdown is { } text ? _context.Ledger.For(DefectLedger.HashOf(text)) : [];
        if (request.ArtifactMarkdown is not { } markdown || ContextGap.RewritesFromBrief(request, markdown, before))
        {
            return Compose(request, DraftRequestFor(request, []));
        }

        var repaired = _context.Library.Repair(markdown, request.Feedback, DraftRequestFor(request, []));
        var carried = _context.Library.StillPresent(repaired.Markdown, before);
        return repaired with { Defects = carried };
    }

    // An edit step with no gate feedback does editorial work; its summary lists what it changed.
    private Dictionary<string, object?> Editorial(StubRequest request)
    {
        var markdown = request.ArtifactMarkdown!;
        var (draft, changes, findings) = _context.Library.Edit(markdown, request.Released, request.Brief, DraftRequestFor(request, []));
        // Ground truth: the defects the input carried and the pass did not fix stay with the new text.
        var carried = _context.Library.StillPresent(draft.Markdown, _context.Ledger.For(DefectLedger.HashOf(markdown)));
        return Submit(request, draft with { Defects = carried }, EditSummary.Write(changes, findings));
    }

    private Dictionary<string, object?> Review(StubRequest request) =>
        new StubReviewer(_context).Judge(request);

    // An agent's sign-off puts the version forward for the approver's decision; approving itself is
    // the approver's (separation of duties forbids approving what you requested).
    private static Dictionary<string, object?> SignOff(TaskCard card) => new()
    {
        [ActionArgs.DeliverableId] = card.DeliverableId,
        [ActionArgs.VersionHash] = card.VersionHash,
        [ActionArgs.Reason] = $"Signed off: the {card.Deliverable} passed its gates and is consistent with the engagement's scope.",
    };

    internal DraftRequest DraftRequestFor(StubRequest request, IReadOnlyList<DefectKind> defects)
    {
        var card = request.Card;
        var seed = StableHash.Seed(_context.SeedText, card.DeliverableId);
        // Each deliverable draws its own words, but every deliverable states the engagement's one fact base.
        var facts = ContextGap.IsMissing(request) ? ContextGap.Guess(_context.Seed, card) : Facts(request.Brief);
        return new DraftRequest(card.DeliverableId, card.Deliverable, card.ServiceLineName, card.RequiredSections, facts, Glossary(card), defects, seed)
        {
            FactSeed = DraftRequest.FactSeedOf(_context.SeedText),
            Live = card.Live,
            ServiceLineWeeks = card.ServiceLineWeeks,
            Written = _context.Paragraphs,
            FactBases = _context.FactBases,
        };
    }

    internal static IReadOnlyList<GlossaryTermText> Glossary(TaskCard card) =>
        [.. card.Glossary.Select(entry =>
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            var variants = parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            return new GlossaryTermText(parts[0], variants);
        })];

    private static BriefFacts Facts(IReadOnlyDictionary<string, string> brief)
    {
        string Get(string key) => brief.TryGetValue(key, out var value) ? value : string.Empty;
        return InstructionText.Clean(new BriefFacts(
            Get("client"),
            Get("industry"),
            Get("region"),
            int.TryParse(Get("headcount"), NumberStyles.None, CultureInfo.InvariantCulture, out var headcount) ? headcount : 0,
            Get("situation"),
            Get("stalled_pilot"),
            Get("constraints").Split(BriefBlock.ConstraintSeparator.Trim(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            decimal.TryParse(Get("budget_usd"), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget) ? budget : 0)
        {
            FeeUsd = decimal.TryParse(Get("fee_usd"), NumberStyles.Number, CultureInfo.InvariantCulture, out var fee) ? fee : null,
        });
    }
}
