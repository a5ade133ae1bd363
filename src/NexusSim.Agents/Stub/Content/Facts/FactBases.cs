namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// An engagement's fact bases, one per brief, industry and fact seed, built at the first request that
/// needs it and shared by every later one of the engagement (one per run, like
/// <see cref="WrittenParagraphs"/>): the figures a draft states and records are the ones every later
/// draft finds. Briefs are compared by value, constraints item by item: the stub reads the brief out of
/// each prompt afresh. Never shared between engagements, which would let one run's figures reach
/// another's fact base in whatever order the runs went.
/// </summary>
public sealed class FactBases
{
    // An engagement asks for its brief's base and, when the brief is cut from a turn's context, a guessed
    // one or two; past this many the memory starts again rather than grow.
    private const int Kept = 16;

    private readonly List<(BriefFacts Brief, IndustryProfile Industry, ulong Seed, FactBase Facts)> _bases = [];
    private readonly Lock _gate = new();

    /// <summary>The base for <paramref name="brief"/>, <paramref name="industry"/> and <paramref name="seed"/>, built by <paramref name="build"/> when there is none yet.</summary>
    internal FactBase For(BriefFacts brief, IndustryProfile industry, ulong seed, Func<FactBase> build)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(industry);
        ArgumentNullException.ThrowIfNull(build);
        lock (_gate)
        {
            foreach (var known in _bases)
            {
                if (known.Seed == seed && known.Industry == industry && SameBrief(known.Brief, brief))
                {
                    return known.Facts;
                }
            }

            if (_bases.Count == Kept)
            {
                _bases.Clear();
            }

            var facts = build();
            _bases.Add((brief, industry, seed, facts));
            return facts;
        }
    }

    private static bool SameBrief(BriefFacts a, BriefFacts b) =>
        ReferenceEquals(a, b) || (a with { Constraints = [] } == b with { Constraints = [] } && a.Constraints.SequenceEqual(b.Constraints, StringComparer.Ordinal));
}
