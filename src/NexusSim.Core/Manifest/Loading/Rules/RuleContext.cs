namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>The draft under validation, its id sets, and the report of a dangling reference.</summary>
internal sealed class RuleContext
{
    public RuleContext(ManifestDraft draft, ManifestDiagnostics diagnostics)
    {
        Draft = draft;
        Diagnostics = diagnostics;
        ActorIds = Ids(draft.Actors.Select(a => a.Id));
        TierIds = Ids(draft.ModelTiers.Select(t => t.Id));
        DomainIds = Ids(draft.Domains.Select(d => d.Id));
        ActionIds = Ids(draft.Actions.Select(a => a.Id));
        ServiceLineIds = Ids(draft.ServiceLines.Select(s => s.Id));
        DeliverableIds = Ids(draft.DeliverableTypes.Select(d => d.Id));
        GateIds = Ids(draft.Gates.Select(g => g.Id));
        ChainIds = Ids(draft.Chains.Select(c => c.Id));
    }

    public ManifestDraft Draft { get; }

    public ManifestDiagnostics Diagnostics { get; }

    public IReadOnlyCollection<string> ActorIds { get; }

    public IReadOnlyCollection<string> TierIds { get; }

    public IReadOnlyCollection<string> DomainIds { get; }

    public IReadOnlyCollection<string> ActionIds { get; }

    public IReadOnlyCollection<string> ServiceLineIds { get; }

    public IReadOnlyCollection<string> DeliverableIds { get; }

    public IReadOnlyCollection<string> GateIds { get; }

    public IReadOnlyCollection<string> ChainIds { get; }

    /// <summary>Where a record's field was written, or the record's own location.</summary>
    public SourceLocation At(object owner, string key, SourceLocation fallback) => Draft.Locations.Of(owner, key, fallback);

    public SourceLocation AtItem(object owner, string key, int index, SourceLocation fallback) =>
        Draft.Locations.Item(owner, key, index, fallback);

    /// <summary>Reports <paramref name="value"/> unless it is one of <paramref name="known"/> (or empty: reported already).</summary>
    public void Reference(string? value, SourceLocation at, IReadOnlyCollection<string> known, string kind, string subject)
    {
        if (string.IsNullOrEmpty(value) || known.Contains(value, StringComparer.Ordinal))
        {
            return;
        }

        Diagnostics.Add(at, ErrorCodes.DanglingReference, $"{subject} refers to {kind} '{value}', which the manifest does not define.",
            NearestName.Hint(value, known, $"{kind} ids"));
    }

    private static string[] Ids(IEnumerable<string> ids) => [.. ids.Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];
}
