using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>
/// One cell of the authority matrix: what an actor may do with one declared action, before any
/// request's facts are known.
/// </summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Kind">Agent or human.</param>
/// <param name="Action">The declared action.</param>
/// <param name="External">True when the action is external (only a human may perform it).</param>
/// <param name="DomainOwnerOnly">True when only the owner of the action's domain may perform it.</param>
/// <param name="OwnedDomains">Domains the actor owns in the decision matrix (matters when <paramref name="DomainOwnerOnly"/>).</param>
/// <param name="Grants">Limits of every grant for the action that lists the actor, in manifest order; empty when none.</param>
public sealed record MatrixCell(
    string ActorId,
    ActorKind Kind,
    string Action,
    bool External,
    bool DomainOwnerOnly,
    IReadOnlyList<string> OwnedDomains,
    IReadOnlyList<GrantLimits> Grants)
{
    /// <summary>True when some grant for the action lists the actor.</summary>
    public bool Granted => Grants.Count > 0;

    /// <summary>
    /// True when some request by this actor can be allowed: granted, human if the action is external,
    /// and owning some domain if the action is for domain owners only.
    /// </summary>
    public bool CanAct =>
        Granted && (!External || Kind == ActorKind.Human) && (!DomainOwnerOnly || OwnedDomains.Count > 0);

    /// <summary>The cell in words, for printing: <c>granted (up to $250,000, risk up to high)</c>.</summary>
    public string Describe()
    {
        if (!Granted)
        {
            return "not granted";
        }

        var limits = string.Join(" or ", Grants.Select(PolicyText.Limits));
        if (External && Kind != ActorKind.Human)
        {
            return $"granted ({limits}) but refused: external action, human only";
        }

        if (DomainOwnerOnly)
        {
            return OwnedDomains.Count == 0
                ? $"granted ({limits}) but refused: owns no domain"
                : $"granted ({limits}) for own domains: {string.Join(", ", OwnedDomains)}";
        }

        return $"granted ({limits})";
    }
}
