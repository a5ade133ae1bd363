namespace NexusSim.Core.Manifest.Loading;

/// <summary>Turns an error-free draft into the <see cref="FirmManifest"/>.</summary>
internal static class ManifestBuilder
{
    public static FirmManifest Build(ManifestDraft draft, string entryFile, ManifestFiles files) => new()
    {
        EntryFile = entryFile,
        Directory = files.Directory,
        ContentHash = files.ContentHash(),
        Firm = draft.Firm ?? throw new InvalidOperationException("A valid draft has a firm."),
        ModelTiers = [.. draft.ModelTiers],
        Actors = draft.Actors,
        Domains = [.. draft.Domains],
        Actions = [.. draft.Actions],
        Grants = [.. draft.Grants],
        SeparationOfDuties = [.. draft.SeparationOfDuties],
        ServiceLines = [.. draft.ServiceLines],
        DeliverableTypes = [.. draft.DeliverableTypes],
        Gates = [.. draft.Gates],
        Chains = [.. draft.Chains],
        HandoffFields = [.. draft.HandoffFields],
        Escalation = draft.Escalation ?? throw new InvalidOperationException("A valid draft has an escalation policy."),
        Intake = draft.Intake ?? IntakePolicy.Default,
        Glossary = [.. draft.Glossary],
        StandingPairs = [.. draft.StandingPairs],
    };
}
