using NexusSim.Agents.Prompts;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A stub reviewer's task card for the Readiness Report at gate g1, its checks written "evidence; analytics".</summary>
internal static class ReviewCards
{
    public static TaskCard Card(string checks, IReadOnlyList<string>? requiredSections = null) => new()
    {
        Turn = "t1",
        Actor = "quinn",
        Task = "review",
        Mode = "review",
        ServiceLine = "readiness",
        DeliverableId = "readiness_report",
        Deliverable = "Readiness Report",
        GateId = "g1",
        VersionHash = "v1",
        GateChecks = checks.Split("; "),
        RequiredSections = requiredSections ?? [],
    };
}
