namespace NexusSim.Core.Manifest;

/// <summary>What a chain step does with the deliverable.</summary>
public enum StepMode
{
    /// <summary>Writes notes for the next step (requirements, theme, research); no deliverable version.</summary>
    Plan,

    /// <summary>Writes the first draft (exactly one per chain; the deliverable's author).</summary>
    Author,

    /// <summary>Revises the current draft into a new version (integration, formatting).</summary>
    Edit,

    /// <summary>Runs the deliverable's review gates on the current version.</summary>
    Review,

    /// <summary>Signs off (approval gates and release).</summary>
    Approve,
}
