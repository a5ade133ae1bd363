using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub;

/// <summary>
/// What a careful stub reviewer notices beyond the gate's deterministic checks: the defects no check
/// can see. The stub is the model, so its reading is simulated from its own record of what it wrote:
/// each review-only defect the version still shows, of a kind the gate's checks cover, is noticed
/// with <see cref="StubOptions.ReviewerCatchRate"/>, by a draw keyed by the version, the gate, the
/// attempt and the defect. An unnamed client is noticed only when the brief is in the reviewer's own
/// context (it is the only place the client's name comes from). The gate itself (Core) never sees that
/// record: only the notes written here.
/// </summary>
internal static class CarefulReading
{
    /// <summary>The reviewer's notes: what is wrong and what to write instead, about the quoted text.</summary>
    public static IReadOnlyList<(string Message, string Target)> Notes(StubContext context, TaskCard card, string markdown, IReadOnlyDictionary<string, string> brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        // Who the client is comes only from the brief: a reviewer whose brief was cut cannot tell that the client is unnamed.
        var client = brief.TryGetValue("client", out var named) ? named.Trim() : string.Empty;
        var covered = card.GateChecks
            .Select(name => Enum.TryParse<CheckKind>(name, ignoreCase: true, out var kind) ? (CheckKind?)kind : null)
            .OfType<CheckKind>()
            .ToHashSet();
        var notes = new List<(string, string)>();
        foreach (var defect in context.Ledger.For(DefectLedger.HashOf(markdown)))
        {
            if (!DefectCoverage.IsReviewOnly(defect.Kind) || !covered.Contains(DefectCoverage.CheckFor(defect.Kind))
                || !markdown.Contains(defect.Target, StringComparison.Ordinal)
                || (defect.Kind is DefectKind.UnnamedClient or DefectKind.GuessedFigure && client.Length == 0))
            {
                continue;
            }

            var purpose = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notice {card.GateId} attempt {card.Attempt} {defect.Kind} {defect.Target}");
            if (StubDraws.For(context.Seed, card.DeliverableId, card.VersionHash, purpose).Chance(context.Options.ReviewerCatchRate))
            {
                notes.Add((Note(defect, client), defect.Target));
            }
        }

        return notes;
    }

    /// <summary>
    /// What a reader who noticed <paramref name="defect"/> writes to its author: what is wrong and what to
    /// write instead (the author's repair reads the fix from it). <paramref name="client"/> is the brief's client.
    /// </summary>
    public static string Note(PlantedDefect defect, string client) => defect.Kind switch
    {
        DefectKind.UnnamedClient => $"The deliverable does not name the client: the brief's client is {client}. Rewrite it from the brief.",
        DefectKind.GuessedFigure => $"This figure does not follow from {BriefText.Possessor(client)}'s brief or the engagement's other deliverables: it rests on guessed facts. Rewrite it from the brief.",
        DefectKind.WrongFigure => "A figure here disagrees with the engagement's fact base. " + ReviewFix.WriteInstead + defect.Detail,
        DefectKind.MisattributedCitation => "The cited source does not support this statement. " + ReviewFix.WriteInstead + defect.Detail,
        _ => "This recommendation does not follow from the analysis. " + ReviewFix.RemoveIt,
    };
}
