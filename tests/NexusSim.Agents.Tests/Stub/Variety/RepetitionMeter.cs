namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// Issue 9's repetition figures over several runs of one brief (one run per seed, each a map from
/// deliverable type to its Markdown). A sentence of run r in deliverable type t is <em>shared word for
/// word</em> when the same sentence occurs in type t of at least one other run; it <em>shares a
/// template</em> when its masked form (<see cref="TemplateMask"/>) occurs in type t of at least one other
/// run. Shares are counted over every sentence occurrence of every run. Within one run, a paragraph is
/// <em>repeated</em> when the same paragraph text (citation markers removed) occurs twice anywhere in the
/// run, in one deliverable or across two. The pairwise shares are the same counts for two runs at a
/// time: the share of one run's sentences that occur in the other run's deliverable of the same type,
/// averaged over every ordered pair of runs (what two clients, or two seeds, have in common).
/// </summary>
internal static class RepetitionMeter
{
    /// <summary>Measures <paramref name="runs"/> (run name to deliverable type to Markdown).</summary>
    public static RepetitionFigures Measure(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> runs, TemplateMask mask)
    {
        // (type, sentence) and (type, template) to the runs it occurs in.
        var sentenceRuns = new Dictionary<(string, string), HashSet<string>>();
        var templateRuns = new Dictionary<(string, string), HashSet<string>>();
        var occurrences = new List<(string Run, string Type, string Sentence, string Template)>();
        var repeated = new List<string>();
        foreach (var (run, deliverables) in runs)
        {
            var paragraphs = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (type, markdown) in deliverables)
            {
                foreach (var paragraph in ProseReader.Paragraphs(markdown))
                {
                    paragraphs[paragraph] = paragraphs.GetValueOrDefault(paragraph) + 1;
                    foreach (var sentence in ProseReader.Sentences(paragraph))
                    {
                        var template = mask.Apply(sentence);
                        occurrences.Add((run, type, sentence, template));
                        Add(sentenceRuns, (type, sentence), run);
                        Add(templateRuns, (type, template), run);
                    }
                }
            }

            repeated.AddRange(paragraphs.Where(p => p.Value > 1).Select(p => $"{run}: {p.Key} ({p.Value} times)"));
        }

        var pairs = Math.Max(1, runs.Count - 1);
        return new RepetitionFigures(
            occurrences.Count,
            occurrences.Count(o => sentenceRuns[(o.Type, o.Sentence)].Count > 1),
            occurrences.Count(o => templateRuns[(o.Type, o.Template)].Count > 1),
            repeated)
        {
            // Each occurrence is found in (runs it occurs in - 1) of the other runs; averaged over the pairs.
            PairSentenceShare = occurrences.Count == 0 ? 0 : occurrences.Sum(o => (double)(sentenceRuns[(o.Type, o.Sentence)].Count - 1) / pairs) / occurrences.Count,
            PairTemplateShare = occurrences.Count == 0 ? 0 : occurrences.Sum(o => (double)(templateRuns[(o.Type, o.Template)].Count - 1) / pairs) / occurrences.Count,
        };
    }

    private static void Add(Dictionary<(string, string), HashSet<string>> index, (string, string) key, string run)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(run);
    }
}
