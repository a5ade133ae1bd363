using NexusSim.Core.Determinism;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub;

/// <summary>
/// A stub reviewer: reads the version it was sent and checks it against the gate named on the task
/// card, applying exactly the checks the card lists for that gate (its rubric, for the stub). A fallible reviewer sometimes passes work unchecked: half the time with
/// no evidence at all (which the engine counts as needs work), half the time rubber-stamping it
/// with boilerplate evidence (which lets defects through). A careful one also notes the defects no
/// check can see, each with some chance (<see cref="CarefulReading"/>).
/// </summary>
internal sealed class StubReviewer
{
    private readonly StubContext _context;

    public StubReviewer(StubContext context) => _context = context;

    public Dictionary<string, object?> Judge(StubRequest request)
    {
        var card = request.Card;
        var markdown = request.ArtifactMarkdown ?? string.Empty;
        // Keyed by version, gate and attempt: a retry of the same version is a fresh review, and turn order plays no part.
        var random = StubDraws.For(_context.Seed, card.DeliverableId, card.VersionHash, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"review {card.GateId} attempt {card.Attempt}"));
        var verdict = new Dictionary<string, object?>
        {
            [ActionArgs.DeliverableId] = card.DeliverableId,
            [ActionArgs.GateId] = card.GateId,
            [ActionArgs.VersionHash] = card.VersionHash,
        };
        // The gate's own checks only, as its card lists them: a gate never judges another gate's concerns.
        var kinds = card.GateChecks
            .Select(name => Enum.TryParse<CheckKind>(name, ignoreCase: true, out var kind) ? (CheckKind?)kind : null)
            .OfType<CheckKind>()
            .ToList();
        var checks = kinds.ToHashSet();
        if (random.Chance(_context.Options.ReviewerFallibility))
        {
            verdict[ActionArgs.Verdict] = "pass";
            verdict[ActionArgs.Evidence] = random.Chance(0.5) ? "Reads well; no concerns from me." : _context.Library.ReviewNotes(markdown, card.RequiredSections, checks);
            return verdict;
        }

        var glossary = StubPlanner.Glossary(card)
            .Select(g => new GlossaryTerm(g.Term, g.Term, string.Empty, g.Variants, SourceLocation.None))
            .ToList();
        var input = new CheckInput(markdown, card.RequiredSections, glossary, _context.BannedPhrases, []);
        var issues = kinds.SelectMany(kind => DeliverableChecks.For(kind).Check(input)).ToList();
        issues.AddRange(CarefulReading.Notes(_context, card, markdown, request.Brief).Select(n => new GateIssue(null, n.Message, n.Target)));
        verdict[ActionArgs.Verdict] = issues.Count == 0 ? "pass" : "needs_work";
        verdict[ActionArgs.Evidence] = _context.Library.ReviewNotes(markdown, card.RequiredSections, checks);
        if (issues.Count > 0)
        {
            verdict[ActionArgs.Issues] = GateIssueText.Format(issues);
        }

        return verdict;
    }
}
