namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// One figure of an engagement's fact base: its name (the <c>{placeholder}</c> that states it), its
/// value, the text every deliverable writes for it, the library source a sentence stating it cites
/// (<c>[@key]</c>) and where it came from: the brief, a named benchmark, an engagement measurement,
/// or a computation (<paramref name="Inputs"/> names the entries it was computed from).
/// </summary>
internal sealed record Fact(string Name, decimal Value, string Text, FactOrigin Origin, string SourceKey, string Derivation, IReadOnlyList<string> Inputs)
{
    /// <summary>A fact computed from other entries.</summary>
    public static Fact Computed(string name, decimal value, string text, string sourceKey, string formula, params string[] inputs) =>
        new(name, value, text, FactOrigin.Computed, sourceKey, formula, inputs);
}
