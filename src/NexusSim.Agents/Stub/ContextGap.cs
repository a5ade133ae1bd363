using System.Globalization;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Stub;

/// <summary>
/// What the stub does when the facts it needs are not in what it was sent (a context budget cut the
/// brief out of its prompt, the <c>context_overflow</c> scenario): it notices that the prompt carries
/// a task card but no client brief, and writes anyway, as a model would, with a gap where the client's
/// name belongs and guessed figures where the brief's belong. The guess is keyed by deliverable, so
/// every turn on the same deliverable guesses the same. Each version written so carries a
/// <see cref="DefectKind.MissingContext"/> defect in the ground-truth ledger.
/// </summary>
internal static class ContextGap
{
    /// <summary>What the stub writes where the client's name belongs when the brief is missing.</summary>
    public const string UnnamedClient = "the client";

    /// <summary>Whether the brief's facts are missing from the request: no datamarked brief line reached the model.</summary>
    public static bool IsMissing(StubRequest request) => request.Brief.Count == 0;

    /// <summary>The facts the stub writes with when the brief is missing: the client unnamed, a guessed headcount and programme budget, nothing else.</summary>
    public static BriefFacts Guess(ulong seed, TaskCard card)
    {
        var random = StubDraws.For(seed, card.DeliverableId, "no-brief", "missing_context");
        var headcount = random.Next(5, 60) * 100;
        // The card states the engagement's fee; without the brief the author takes a multiple of it for the programme budget.
        var budget = (card.BudgetUsd > 0 ? card.BudgetUsd : 250_000m) * random.Next(2, 6);
        return new BriefFacts(UnnamedClient, string.Empty, string.Empty, headcount, string.Empty, string.Empty, [], budget);
    }

    /// <summary>
    /// The defects of <paramref name="draft"/>, with the gaps added that a turn without the brief left
    /// in it: the missing-context defect when it states the guessed headcount, the unnamed-client
    /// defect when its title says <see cref="UnnamedClient"/> where the client's name belongs.
    /// </summary>
    public static IReadOnlyList<PlantedDefect> Add(StubRequest request, ulong seed, Draft draft)
    {
        if (!IsMissing(request))
        {
            return draft.Defects;
        }

        var defects = draft.Defects.ToList();
        var gap = Defect(Guess(seed, request.Card));
        if (PhraseFinder.Contains(draft.Markdown, gap.Target) && !defects.Contains(gap))
        {
            defects.Add(gap);
        }

        var title = DraftDocument.Parse(draft.Markdown).Title;
        if (IsUnnamed(title) && Unnamed(title) is var unnamed && !defects.Contains(unnamed))
        {
            defects.Add(unnamed);
        }

        return defects.Count == draft.Defects.Count ? draft.Defects : defects;
    }

    /// <summary>The ground-truth record of a title that leaves the client unnamed (its target is the title as written).</summary>
    public static PlantedDefect Unnamed(string title) => new(
        DefectKind.UnnamedClient,
        title,
        $"Written without the client's brief in context (cut by the context budget): the client is not named; the title and the text say '{UnnamedClient}' where the client's name belongs.");

    /// <summary>
    /// The figures <paramref name="draft"/> states from <paramref name="guessed"/>, the fact base its author
    /// built on guessed facts because the brief was not in its context: each money figure or count of three
    /// or more digits, the headcount aside (that one is the <see cref="DefectKind.MissingContext"/> defect).
    /// A one-decimal score or a percentage could equal the engagement's own figure by chance, so none is
    /// recorded. Each is a <see cref="DefectKind.GuessedFigure"/> defect, added to the draft's own.
    /// </summary>
    public static Draft AddGuessedFigures(StubRequest request, FactBase guessed, Draft draft)
    {
        ArgumentNullException.ThrowIfNull(guessed);
        ArgumentNullException.ThrowIfNull(draft);
        if (!IsMissing(request))
        {
            return draft;
        }

        var defects = draft.Defects.ToList();
        foreach (var fact in guessed.Entries.Where(f => f.Name != FactNames.Headcount && Distinctive(f.Text)).DistinctBy(f => f.Text, StringComparer.Ordinal))
        {
            var defect = new PlantedDefect(
                DefectKind.GuessedFigure,
                fact.Text,
                $"Written without the client's brief in context (cut by the context budget): {fact.Text} ({fact.Derivation}) rests on a guessed headcount, programme budget and a generic industry; the engagement's own figure differs.");
            if (PhraseFinder.Contains(draft.Markdown, fact.Text) && !defects.Contains(defect))
            {
                defects.Add(defect);
            }
        }

        return defects.Count == draft.Defects.Count ? draft : draft with { Defects = defects };
    }

    private static bool Distinctive(string text) => text.StartsWith('$') || text.Count(char.IsAsciiDigit) >= 3;

    /// <summary>
    /// Whether a rework turn rewrites its draft from the brief: the brief is now in its context, and a
    /// reviewer's note quotes the draft's title as leaving the client unnamed, or quotes a figure the
    /// draft's author guessed (<paramref name="carried"/>, the version's ground truth: the stub is the
    /// model and knows what it wrote). An author without the brief cannot name the client or recompute
    /// a figure, so the gap stays until a turn that sees the brief repairs it.
    /// </summary>
    public static bool RewritesFromBrief(StubRequest request, string markdown, IReadOnlyList<PlantedDefect> carried)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(carried);
        if (IsMissing(request))
        {
            return false;
        }

        var title = DraftDocument.Parse(markdown).Title;
        var quoted = request.Feedback.Where(f => f.Is(FeedbackItem.Review)).Select(f => f.Target).ToHashSet(StringComparer.Ordinal);
        return (IsUnnamed(title) && quoted.Contains(title))
            || carried.Any(d => d.Kind == DefectKind.GuessedFigure && quoted.Contains(d.Target));
    }

    private static bool IsUnnamed(string title) => title.EndsWith(": " + UnnamedClient, StringComparison.Ordinal);

    /// <summary>The ground-truth record of a version written without the brief: the guessed headcount as written.</summary>
    public static PlantedDefect Defect(BriefFacts guess) => new(
        DefectKind.MissingContext,
        Formats.Count(guess.Headcount),
        string.Create(CultureInfo.InvariantCulture, $"Written without the client's brief in context (cut by the context budget): the client left unnamed, headcount guessed as {Formats.Count(guess.Headcount)}, programme budget guessed as {Formats.Money(guess.BudgetUsd)}."));
}
