namespace NexusSim.Core.Engagements;

/// <summary>A gate's verdict on one version.</summary>
public enum GateVerdict
{
    /// <summary>The version passes the gate.</summary>
    Pass,

    /// <summary>The version goes back to its author with written issues.</summary>
    NeedsWork,
}
