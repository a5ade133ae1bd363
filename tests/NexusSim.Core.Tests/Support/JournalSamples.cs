using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Core.Tests.Support;

/// <summary>Runs, steps and artifacts for journal tests.</summary>
internal static class JournalSamples
{
    public static RunRecord Run(string runId = AuditSamples.RunId) =>
        new(runId, "running", 42UL, "chain", "ai_readiness", new string('a', 64), new string('b', 64), AuditSamples.Start, "{}");

    public static ArtifactRecord Artifact(string artifactId, int version = 1, string runId = AuditSamples.RunId) =>
        new(runId, artifactId, "diagnostic-report", version, new string('c', 64), "# Diagnostic\n", "text/markdown");

    public static StepCommit Step(string stepKey, int firstEvent, int eventCount, params ArtifactRecord[] artifacts) =>
        new(
            AuditSamples.RunId,
            stepKey,
            "agent_turn",
            "{\"text\":\"done\"}",
            artifacts,
            [.. Enumerable.Range(firstEvent, eventCount).Select(AuditSamples.Event)]);
}
