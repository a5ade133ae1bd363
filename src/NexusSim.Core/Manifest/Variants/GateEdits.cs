namespace NexusSim.Core.Manifest.Variants;

/// <summary>The manifest edits a governance variant makes: review gates taken out, grants widened or narrowed.</summary>
internal static class GateEdits
{
    /// <summary>The manifest with <paramref name="gateIds"/> off: no deliverable passes them and no chain step runs them.</summary>
    public static FirmManifest WithoutReviewGates(FirmManifest manifest, IEnumerable<string> gateIds)
    {
        var off = gateIds.ToHashSet(StringComparer.Ordinal);
        return manifest with
        {
            DeliverableTypes = [.. manifest.DeliverableTypes.Select(d => d with { Gates = [.. d.Gates.Where(g => !off.Contains(g))] })],
            Chains = [.. manifest.Chains.Select(c => c with { Steps = [.. c.Steps.Select(s => s with { Gates = [.. s.Gates.Where(g => !off.Contains(g))] })] })],
        };
    }

    /// <summary>The manifest with <paramref name="actors"/> added to (a new unlimited grant) or removed from every grant of <paramref name="action"/>.</summary>
    public static FirmManifest WithGrant(FirmManifest manifest, string action, IReadOnlyList<string> actors, bool add)
    {
        if (add)
        {
            return manifest with { Grants = [.. manifest.Grants, new ActionGrant(action, actors, GrantLimits.None, SourceLocation.None)] };
        }

        return manifest with
        {
            Grants = [.. manifest.Grants
                .Select(g => g.Action == action ? g with { Actors = [.. g.Actors.Where(a => !actors.Contains(a, StringComparer.Ordinal))] } : g)
                .Where(g => g.Actors.Count > 0)],
        };
    }
}
