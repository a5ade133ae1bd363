namespace NexusSim.Core.Manifest;

/// <summary>What happens when a gate fails.</summary>
public enum FailAction
{
    /// <summary>Back to the author with the written issues, up to the gate's max attempts; then escalate.</summary>
    Rework,

    /// <summary>Escalate at once along reporting lines.</summary>
    Escalate,
}
