namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Ground truth about a defect planted in a draft, recorded outside the text. <see cref="Target"/>
/// is what the matching check names as its issue target: the section heading
/// (<see cref="DefectKind.MissingSection"/>), the first figure of the sentence
/// (<see cref="DefectKind.UnsourcedNumber"/>), the banned phrase (<see cref="DefectKind.Cliche"/>)
/// or the variant as written (<see cref="DefectKind.InconsistentTerm"/>).
/// </summary>
/// <param name="Kind">The kind of defect.</param>
/// <param name="Target">The text the check reports.</param>
/// <param name="Detail">The sentence concerned, or the agreed term for an inconsistent term.</param>
public sealed record PlantedDefect(DefectKind Kind, string Target, string Detail);
