namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// One <c># regulation:</c> block: the regulation text for clients in <see cref="Regions"/> whose
/// industry profile is one of <see cref="Industries"/> (<c>*</c> in either matches any).
/// </summary>
internal sealed record RegulationRule(
    string Name,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries,
    string Text,
    string FilePath,
    int Line)
{
    /// <summary>The wildcard for regions or industries.</summary>
    public const string Any = "*";

    /// <summary>
    /// The text of the first rule that fits the region and the industry profile, or null when none
    /// does (the industry profile's own regulation then stands).
    /// </summary>
    public static string? Choose(IReadOnlyList<RegulationRule> rules, string region, string industryProfile)
    {
        var words = " " + SectionMatcher.Key(region) + " ";
        return rules.FirstOrDefault(r =>
                (r.Regions.Contains(Any) || r.Regions.Select(SectionMatcher.Key).Any(k => k.Length > 0 && words.Contains(" " + k + " ", StringComparison.Ordinal)))
                && (r.Industries.Contains(Any) || r.Industries.Contains(industryProfile, StringComparer.OrdinalIgnoreCase)))
            ?.Text;
    }
}
