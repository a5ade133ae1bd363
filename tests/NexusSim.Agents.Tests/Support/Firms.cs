namespace NexusSim.Agents.Tests.Support;

/// <summary>Names of the manifests the tests load.</summary>
internal static class Firms
{
    public const string Shipped = "shipped";

    public const string FiveAgents = "five-agent-firm";
}
