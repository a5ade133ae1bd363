using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Variants of a shipped manifest for scenarios the shipped firm cannot stage as it is.</summary>
internal static class TestManifests
{
    /// <summary>
    /// The firm with its human acting through a model turn (given the first model tier), so the
    /// human's decisions can come as tool calls; every authority rule stays as shipped.
    /// </summary>
    public static FirmManifest WithModelDrivenHuman(FirmManifest manifest) => manifest with
    {
        Actors = [.. manifest.Actors.Select(a => a.IsHuman ? a with { Tier = manifest.ModelTiers[0].Id } : a)],
    };

    /// <summary>The firm with <paramref name="deliverableId"/> authored by <paramref name="author"/>.</summary>
    public static FirmManifest WithAuthor(FirmManifest manifest, string deliverableId, string author) => manifest with
    {
        DeliverableTypes = [.. manifest.DeliverableTypes.Select(d => d.Id == deliverableId ? d with { Author = author } : d)],
    };

    /// <summary>The firm with escalation on denial switched <paramref name="on"/> or off.</summary>
    public static FirmManifest WithEscalationOnDenial(FirmManifest manifest, bool on) => manifest with
    {
        Escalation = manifest.Escalation with { OnDenial = on },
    };
}
