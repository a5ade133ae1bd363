
namespace NexusSim.Agents.Stub.Content;

/// <summary>Whether a recorded defect is still in a draft's text.</summary>
internal static class DefectPresence
{
    public static bool IsPresent(DraftDocument document, PlantedDefect defect)
    {
        var groups = document.Body.Select(s => s.Lines).Prepend(document.Front).ToList();
        return defect.Kind switch
        {
            DefectKind.MissingSection => document.Find(defect.Target) is null,
            DefectKind.UnsourcedNumber => groups.Any(lines =>
                TextSpans.Find(lines).Any(span => CitationEditor.IsUnsourced(span.Of(lines), defect.Target))),
            DefectKind.Cliche => groups.Any(lines => lines.Any(l => PhraseFinder.Contains(l, defect.Target))),
            DefectKind.InconsistentTerm => groups.Any(lines => lines.Any(l =>
                !string.Equals(TextCleaner.NormalizeVariant(l, defect.Detail, defect.Target), l, StringComparison.Ordinal))),
            DefectKind.WrongFigure or DefectKind.MisattributedCitation or DefectKind.UnsupportedRecommendation =>
                groups.Any(lines => lines.Any(l => l.Contains(defect.Target, StringComparison.Ordinal))),
            DefectKind.MissingContext or DefectKind.GuessedFigure => groups.Any(lines => lines.Any(l => PhraseFinder.Contains(l, defect.Target))),
            DefectKind.UnnamedClient => string.Equals(document.Title, defect.Target, StringComparison.Ordinal),
            _ => false,
        };
    }
}
