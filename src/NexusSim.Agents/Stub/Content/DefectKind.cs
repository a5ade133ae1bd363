namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The defects a stub draft can carry. The first four are each caught by one deterministic check;
/// the next three no deterministic check can see (the text is well formed, cited and on voice), so
/// only a careful reviewer reading for the gate's concern finds them (see <see cref="DefectCoverage"/>).
/// </summary>
public enum DefectKind
{
    /// <summary>A required section is left out (caught by the structure check).</summary>
    MissingSection,

    /// <summary>A sentence with a figure carries no source (caught by the evidence check).</summary>
    UnsourcedNumber,

    /// <summary>A banned consulting cliché is used (caught by the voice check).</summary>
    Cliche,

    /// <summary>A glossary term's variant is used instead of the term (caught by the consistency check).</summary>
    InconsistentTerm,

    /// <summary>
    /// A figure that is plausible but wrong against the engagement's fact base, in a sentence no
    /// recomputation covers (not an aggregate, not an investment figure, not cited to the brief or a
    /// benchmark). Read for by a reviewer at a gate with the analytics check.
    /// </summary>
    WrongFigure,

    /// <summary>
    /// A sentence's citation swapped for another listed source of the draft that does not support it
    /// (neither the brief nor a benchmark, so the citation-support rules pass it). Read for by a
    /// reviewer at a gate with the evidence check.
    /// </summary>
    MisattributedCitation,

    /// <summary>
    /// A recommendation nothing in the analysis supports, added to a section in the firm's words
    /// (figure-free, so no check reads it). Read for by a reviewer at a gate with the consistency check.
    /// </summary>
    UnsupportedRecommendation,

    /// <summary>
    /// The draft was written without facts its author needed, cut from its context by a context budget
    /// (the <c>context_overflow</c> scenario): it states a guessed figure where the brief's belongs
    /// (caught, when cited to the brief, by the analytics check).
    /// </summary>
    MissingContext,

    /// <summary>
    /// The draft was written without the client's brief in context (the <c>context_overflow</c>
    /// scenario), so it does not name the client: its title says "the client" where the client's name
    /// belongs. No deterministic check sees it (the title is well formed); a careful reviewer at a gate
    /// with the consistency check notices it only when the brief is in the reviewer's own context.
    /// </summary>
    UnnamedClient,

    /// <summary>
    /// A figure the draft's author derived from facts it had to guess, written without the client's
    /// brief in context (the <c>context_overflow</c> scenario): a money figure or a count of three or
    /// more digits from the fact base it built on its guessed headcount, budget and generic industry
    /// (the use case's value, the case volume, the first wave...), so it disagrees with the figures the
    /// engagement's other deliverables state. No deterministic check sees it (it is cited and internally
    /// consistent); a careful reviewer at a gate with the analytics check notices it only when the brief
    /// is in the reviewer's own context, and only an author with the brief can rewrite it.
    /// </summary>
    GuessedFigure,
}
