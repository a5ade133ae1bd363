namespace NexusSim.Core.Manifest;

/// <summary>A party of an action that a separation-of-duties rule keeps apart from the actor.</summary>
public enum DutyParty
{
    /// <summary>The author of the deliverable acted on.</summary>
    Author,

    /// <summary>The actor who requested the approval acted on.</summary>
    Requester,

    /// <summary>
    /// Everyone who wrote a version of the deliverable acted on: its author, anyone an escalation
    /// reassigned it to, and every agent whose edit step (integration, format) made a version.
    /// </summary>
    Contributor,
}
