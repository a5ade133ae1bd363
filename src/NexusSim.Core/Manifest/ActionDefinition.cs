namespace NexusSim.Core.Manifest;

/// <summary>
/// A state-changing action of the firm. Its id must be one of <see cref="ActionIds.All"/>, the
/// vocabulary of the action plugin; the manifest says what it means for this firm and who may do it.
/// </summary>
/// <param name="Id">Action id (snake_case).</param>
/// <param name="Description">What the action does.</param>
/// <param name="External">True when the action touches the outside world: only humans may perform it.</param>
/// <param name="DomainOwnerOnly">True when only the owner of the decision domain named by the action may perform it.</param>
/// <param name="Requires">State that must hold before the action runs.</param>
/// <param name="Location">Where the action was declared.</param>
public sealed record ActionDefinition(
    string Id,
    string Description,
    bool External,
    bool DomainOwnerOnly,
    IReadOnlyList<Precondition> Requires,
    SourceLocation Location);
