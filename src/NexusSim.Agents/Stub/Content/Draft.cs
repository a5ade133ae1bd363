namespace NexusSim.Agents.Stub.Content;

/// <summary>A written draft and the defects it carries (ground truth, not visible in the text).</summary>
/// <param name="Markdown">The deliverable.</param>
/// <param name="Defects">The planted defects still present in <paramref name="Markdown"/>.</param>
public sealed record Draft(string Markdown, IReadOnlyList<PlantedDefect> Defects);
