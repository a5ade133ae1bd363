namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A <c># fact: &lt;name&gt;</c> block: an engagement count the content library states in more than one
/// place (interviews held, workshops run, use cases assessed), drawn once per engagement within
/// <c>range</c> and cited to <c>source</c>, with <c>says</c> as its source entry's derivation; or, with
/// <c>sum</c> instead of <c>range</c>, the total of the entries <paramref name="Sum"/> names (a plan's critical
/// path is its phases to the first-wave review, end to end), so no draw can make it disagree with them; or, with
/// <c>of</c> beside <c>range</c>, a share of another entry: <c>range</c> is then a percentage drawn once per engagement
/// and applied to the entry <see cref="Of"/> names times <see cref="Scale"/> (a pilot's weekly volume is a share of the
/// process's annual volume over 52 weeks, so the pilot never handles more in a week than the whole process does).
/// </summary>
internal sealed record DeclaredFact(string Name, int Min, int Max, string Source, string Says, string FilePath, int Line)
{
    /// <summary>The entries this fact adds up (declared earlier); empty for a drawn fact.</summary>
    public IReadOnlyList<string> Sum { get; init; } = [];

    /// <summary>The entry (built in, or declared earlier) this fact is a share of; empty for a count drawn in its own range.</summary>
    public string Of { get; init; } = string.Empty;

    /// <summary>What <see cref="Of"/> is multiplied by before the share is taken (<c>of: cases / 52</c> is 1/52).</summary>
    public decimal Scale { get; init; } = 1m;
}
