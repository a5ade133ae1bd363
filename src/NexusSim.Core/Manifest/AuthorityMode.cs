namespace NexusSim.Core.Manifest;

/// <summary>How the authority check acts on what it would deny (a governance variant; manifests load as <see cref="Enforce"/>).</summary>
public enum AuthorityMode
{
    /// <summary>Denied actions are refused.</summary>
    Enforce,

    /// <summary>Denied actions are counted as would-be-denied, audited, and run anyway (an experiment's control).</summary>
    RecordOnly,
}
