namespace NexusSim.Cli.Hosting;

/// <summary>
/// Marker options for the <c>NexusSim</c> configuration section as a whole: its validator checks
/// that every child section is one the app reads, so a misspelled section
/// (<c>NexusSim__Simulaton__Seed</c>) is an error instead of being silently ignored.
/// </summary>
internal sealed class NexusSimSections
{
    /// <summary>The root section.</summary>
    public const string SectionName = "NexusSim";

    /// <summary>The child sections the app reads; each is bound strictly by its own options class.</summary>
    public static readonly IReadOnlyList<string> Known = ["Manifest", "Llm", "Simulation", "Storage", "Stub", "Pricing"];
}
