namespace NexusSim.Core.Manifest;

/// <summary>A shared term: its agreed definition, the domain that owns it, and variants that signal drift.</summary>
public sealed record GlossaryTerm(
    string Term,
    string Definition,
    string Domain,
    IReadOnlyList<string> ForbiddenVariants,
    SourceLocation Location);
