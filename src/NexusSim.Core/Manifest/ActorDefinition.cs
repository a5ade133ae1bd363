namespace NexusSim.Core.Manifest;

/// <summary>
/// An agent or a human of the firm. Humans have no model tier and no identity file.
/// </summary>
/// <param name="Id">snake_case id, unique across agents and humans.</param>
/// <param name="Name">Display name (an agent's name, or a human's role: no personal names).</param>
/// <param name="Title">Job title.</param>
/// <param name="Kind">Agent or human.</param>
/// <param name="Tier">Model tier id (agents only).</param>
/// <param name="ReportsTo">Actor id of the manager, or null for the top of the firm.</param>
/// <param name="Domains">Decision domains this actor owns (from the decision matrix).</param>
/// <param name="Duties">Short statement of responsibilities.</param>
/// <param name="IdentityFile">Identity file path relative to the manifest directory (agents only).</param>
/// <param name="IdentityText">The identity file's text, the agent's system prompt (agents only).</param>
/// <param name="Location">Where the actor was declared.</param>
public sealed record ActorDefinition(
    string Id,
    string Name,
    string Title,
    ActorKind Kind,
    string? Tier,
    string? ReportsTo,
    IReadOnlyList<string> Domains,
    string Duties,
    string? IdentityFile,
    string? IdentityText,
    SourceLocation Location)
{
    /// <summary>True for a human actor.</summary>
    public bool IsHuman => Kind == ActorKind.Human;
}
