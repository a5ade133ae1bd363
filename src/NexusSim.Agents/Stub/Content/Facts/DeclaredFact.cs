namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A <c># fact: &lt;name&gt;</c> block: an engagement count the content library states in more than one
/// place (interviews held, workshops run, use cases assessed), drawn once per engagement within
/// <c>range</c> and cited to <c>source</c>, with <c>says</c> as its source entry's derivation; or, with
/// <c>sum</c> instead of <c>range</c>, the total of the entries <paramref name="Sum"/> names (a plan's critical
/// path is its phases to the first-wave review, end to end), so no draw can make it disagree with them.
/// </summary>
internal sealed record DeclaredFact(string Name, int Min, int Max, string Source, string Says, string FilePath, int Line)
{
    /// <summary>The entries this fact adds up (declared earlier); empty for a drawn fact.</summary>
    public IReadOnlyList<string> Sum { get; init; } = [];
}
