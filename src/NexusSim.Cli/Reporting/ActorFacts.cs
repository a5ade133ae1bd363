namespace NexusSim.Cli.Reporting;

/// <summary>An actor of the firm as the report shows it: who, which model, whom they report to.</summary>
/// <param name="Id">The manifest id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Title">Job title.</param>
/// <param name="Human">True for a human.</param>
/// <param name="Model">The model of the actor's tier, or null (humans).</param>
/// <param name="ReportsTo">The manager's id, or null.</param>
internal sealed record ActorFacts(string Id, string Name, string Title, bool Human, string? Model, string? ReportsTo);
