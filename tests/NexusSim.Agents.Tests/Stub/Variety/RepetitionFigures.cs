namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>What <see cref="RepetitionMeter"/> measured over the runs of one brief.</summary>
/// <param name="Sentences">Sentences counted, over every run.</param>
/// <param name="SharedSentences">Of those, how many occur word for word in another run's deliverable of the same type.</param>
/// <param name="SharedTemplates">Of those, how many have a template (figures and names masked) that occurs in another run's deliverable of the same type.</param>
/// <param name="RepeatedParagraphs">Each paragraph written more than once within one run: "run: paragraph (n times)".</param>
internal sealed record RepetitionFigures(int Sentences, int SharedSentences, int SharedTemplates, IReadOnlyList<string> RepeatedParagraphs)
{
    /// <summary>The share of sentences shared word for word.</summary>
    public double SentenceShare => Sentences == 0 ? 0 : (double)SharedSentences / Sentences;

    /// <summary>The share of sentences whose template is shared.</summary>
    public double TemplateShare => Sentences == 0 ? 0 : (double)SharedTemplates / Sentences;

    /// <summary>Averaged over every ordered pair of runs: the share of one run's sentences that occur word for word in the other.</summary>
    public double PairSentenceShare { get; init; }

    /// <summary>Averaged over every ordered pair of runs: the share of one run's sentences whose template occurs in the other.</summary>
    public double PairTemplateShare { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Sentences} sentences; in any other run: {SentenceShare:P1} word for word, {TemplateShare:P1} template; pairwise: {PairSentenceShare:P1} word for word, {PairTemplateShare:P1} template; {RepeatedParagraphs.Count} paragraph(s) repeated within a run");
}
