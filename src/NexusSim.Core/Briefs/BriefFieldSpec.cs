namespace NexusSim.Core.Briefs;

/// <summary>One field a brief may carry: its name, type and whether every brief must give it.</summary>
/// <param name="Name">The YAML key.</param>
/// <param name="Type">What its value must be.</param>
/// <param name="Required">True when a brief without it is refused.</param>
public sealed record BriefFieldSpec(string Name, BriefFieldType Type, bool Required);
