using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// Terms and key figures agree. A glossary term's forbidden variant (whole phrase, any case) must
/// not appear outside the Sources section, except inside an occurrence of the agreed term itself.
/// Each key fact (see <see cref="KeyFactsLine"/>) must have the value an earlier deliverable of the
/// engagement gave the same key.
/// </summary>
public sealed class ConsistencyCheck : IDeliverableCheck
{
    /// <inheritdoc />
    public CheckKind Kind => CheckKind.Consistency;

    /// <inheritdoc />
    public bool ReadsEarlierDeliverables => true;

    /// <inheritdoc />
    public IReadOnlyList<GateIssue> Check(CheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Reading.TextOutsideSources;
        var issues = new List<GateIssue>();
        foreach (var term in input.Glossary)
        {
            // The agreed term's occurrences are looked for only once a variant has been found.
            IReadOnlyList<(int Index, int Length)>? agreed = null;
            foreach (var variant in term.ForbiddenVariants.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                foreach (var (index, length) in PhraseMatcher.FindAll(text, variant))
                {
                    agreed ??= PhraseMatcher.FindAll(text, term.Term);
                    var insideAgreed = agreed.Any(a => index >= a.Index && index + length <= a.Index + a.Length);
                    if (!insideAgreed)
                    {
                        issues.Add(new GateIssue(
                            CheckKind.Consistency,
                            $"Forbidden variant of the glossary term '{term.Term}'",
                            text.Substring(index, length)));
                    }
                }
            }
        }

        issues.AddRange(Drift(input));
        return issues;
    }

    private static IEnumerable<GateIssue> Drift(CheckInput input)
    {
        var current = input.Reading.KeyFacts;
        if (current.Count == 0)
        {
            return [];
        }

        var earlier = new Dictionary<string, (string Value, string Title)>(StringComparer.Ordinal);
        foreach (var markdown in input.EarlierDeliverables)
        {
            var earlierReading = input.Readings.Read(markdown);
            var title = earlierReading.Document.Title ?? "an earlier deliverable";
            foreach (var (name, value) in earlierReading.KeyFacts)
            {
                earlier.TryAdd(name, (value, title));
            }
        }

        var issues = new List<GateIssue>();
        foreach (var (name, value) in current)
        {
            if (earlier.TryGetValue(name, out var before) && !string.Equals(before.Value, value, StringComparison.Ordinal))
            {
                issues.Add(new GateIssue(
                    CheckKind.Consistency,
                    $"Key figure drift: {value} here, {before.Value} in {before.Title}",
                    name));
            }
        }

        return issues;
    }
}
