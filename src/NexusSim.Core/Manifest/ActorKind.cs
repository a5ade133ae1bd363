namespace NexusSim.Core.Manifest;

/// <summary>Whether an actor is one of the firm's AI agents or a human.</summary>
public enum ActorKind
{
    /// <summary>An AI agent, run by a model.</summary>
    Agent,

    /// <summary>A human, reached through an approver interface.</summary>
    Human,
}
