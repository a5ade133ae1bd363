using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Which gate concern each defect kind belongs to: a gate that lists the check "covers" the kind.
/// For a kind a deterministic check sees, the check catches it; for a review-only kind only a careful
/// reviewer at a covering gate can (and a pass there on a version carrying it is a rubber stamp).
/// </summary>
public static class DefectCoverage
{
    /// <summary>The check whose concern <paramref name="kind"/> is.</summary>
    public static CheckKind CheckFor(DefectKind kind) => kind switch
    {
        DefectKind.MissingSection => CheckKind.Structure,
        DefectKind.UnsourcedNumber or DefectKind.MisattributedCitation => CheckKind.Evidence,
        DefectKind.Cliche => CheckKind.Voice,
        DefectKind.WrongFigure or DefectKind.MissingContext or DefectKind.GuessedFigure => CheckKind.Analytics,
        _ => CheckKind.Consistency,
    };

    /// <summary>True for a kind no deterministic check can see: only a reviewer's reading finds it.</summary>
    public static bool IsReviewOnly(DefectKind kind) =>
        kind is DefectKind.WrongFigure or DefectKind.MisattributedCitation or DefectKind.UnsupportedRecommendation or DefectKind.UnnamedClient or DefectKind.GuessedFigure;
}
