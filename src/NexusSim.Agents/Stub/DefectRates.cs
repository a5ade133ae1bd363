namespace NexusSim.Agents.Stub;

/// <summary>Chance that a first draft carries each kind of defect.</summary>
public sealed class DefectRates
{
    /// <summary>A copy of these rates, to change without changing them.</summary>
    public DefectRates Copy() => (DefectRates)MemberwiseClone();

    /// <summary>A required section left out.</summary>
    public double MissingSection { get; set; } = 0.15;

    /// <summary>A figure without its source.</summary>
    public double UnsourcedNumber { get; set; } = 0.2;

    /// <summary>A banned cliché.</summary>
    public double Cliche { get; set; } = 0.15;

    /// <summary>A glossary term written as one of its forbidden variants.</summary>
    public double InconsistentTerm { get; set; } = 0.1;

    /// <summary>A figure plausible but wrong against the fact base, where no check recomputes it.</summary>
    public double WrongFigure { get; set; } = 0.1;

    /// <summary>A citation to a listed source that does not support the sentence.</summary>
    public double MisattributedCitation { get; set; } = 0.1;

    /// <summary>A recommendation the analysis does not support.</summary>
    public double UnsupportedRecommendation { get; set; } = 0.1;

    internal IEnumerable<(string, double)> Named()
    {
        yield return (nameof(MissingSection), MissingSection);
        yield return (nameof(UnsourcedNumber), UnsourcedNumber);
        yield return (nameof(Cliche), Cliche);
        yield return (nameof(InconsistentTerm), InconsistentTerm);
        yield return (nameof(WrongFigure), WrongFigure);
        yield return (nameof(MisattributedCitation), MisattributedCitation);
        yield return (nameof(UnsupportedRecommendation), UnsupportedRecommendation);
    }
}
