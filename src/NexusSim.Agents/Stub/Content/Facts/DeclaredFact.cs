namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A <c># fact: &lt;name&gt;</c> block: an engagement count the content library states in more than one
/// place (interviews held, workshops run, use cases assessed), drawn once per engagement within
/// <c>range</c> and cited to <c>source</c>, with <c>says</c> as its source entry's derivation.
/// </summary>
internal sealed record DeclaredFact(string Name, int Min, int Max, string Source, string Says, string FilePath, int Line);
