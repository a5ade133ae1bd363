using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>The authority matrix of a firm: every actor against every declared action.</summary>
public static class AuthorityMatrix
{
    /// <summary>
    /// One cell per (actor, declared action), actors in manifest order, and for each actor the
    /// actions in manifest order.
    /// </summary>
    public static IReadOnlyList<MatrixCell> Compute(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var cells = new List<MatrixCell>(manifest.Actors.Count * manifest.Actions.Count);
        foreach (var actor in manifest.Actors)
        {
            var owned = manifest.Domains
                .Where(d => string.Equals(d.Owner, actor.Id, StringComparison.Ordinal))
                .Select(d => d.Id)
                .ToList();

            foreach (var action in manifest.Actions)
            {
                var grants = manifest.Grants
                    .Where(g => string.Equals(g.Action, action.Id, StringComparison.Ordinal)
                        && g.Actors.Contains(actor.Id, StringComparer.Ordinal))
                    .Select(g => g.Limits ?? GrantLimits.None)
                    .ToList();

                cells.Add(new MatrixCell(actor.Id, actor.Kind, action.Id, action.External, action.DomainOwnerOnly, owned, grants));
            }
        }

        return cells;
    }
}
