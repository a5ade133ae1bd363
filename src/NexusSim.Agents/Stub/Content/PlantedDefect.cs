namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Ground truth about a defect planted in a draft, recorded outside the text. <see cref="Target"/>
/// is what the matching check names as its issue target: the section heading
/// (<see cref="DefectKind.MissingSection"/>), the first figure of the sentence
/// (<see cref="DefectKind.UnsourcedNumber"/>), the banned phrase (<see cref="DefectKind.Cliche"/>)
/// or the variant as written (<see cref="DefectKind.InconsistentTerm"/>); for the review-only kinds
/// the sentence as planted (<see cref="DefectKind.WrongFigure"/>, <see cref="DefectKind.MisattributedCitation"/>,
/// <see cref="DefectKind.UnsupportedRecommendation"/>), whose <see cref="Detail"/> is the sentence as it
/// was before (the fact base's figure, the right source) or, for a recommendation, its section heading.
/// </summary>
/// <param name="Kind">The kind of defect.</param>
/// <param name="Target">The text the check reports.</param>
/// <param name="Detail">The sentence concerned, the agreed term for an inconsistent term, or what a review-only defect replaced.</param>
public sealed record PlantedDefect(DefectKind Kind, string Target, string Detail);
