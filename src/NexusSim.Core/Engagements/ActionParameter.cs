namespace NexusSim.Core.Engagements;

/// <summary>A parameter of an action's tool schema.</summary>
/// <param name="Name">Argument name (see <see cref="ActionArgs"/>).</param>
/// <param name="Description">What the model should pass.</param>
/// <param name="Type">string or number.</param>
/// <param name="Required">True when the action cannot run without it.</param>
public sealed record ActionParameter(string Name, string Description, Type Type, bool Required);
