using System.Globalization;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Storage.Tests.Support;

/// <summary>Runs, steps, artifacts and audit events for storage tests.</summary>
internal static class Samples
{
    public const string RunId = "run-0001";

    public static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public static RunRecord Run() =>
        new(RunId, "running", ulong.MaxValue - 7, "chain", "ai_readiness", new string('a', 64), new string('b', 64), Start, "{\"approver\":\"policy\"}");

    public static AuditEvent Event(int index) => new(
        RunId,
        Start.AddMinutes(index),
        index % 2 == 0 ? "atlas" : "veda",
        "submit_deliverable",
        "allowed",
        $"grant covers step {index}",
        index % 3 == 0 ? null : $"diagnostic-report/v{index}",
        new Dictionary<string, string> { ["step"] = index.ToString(CultureInfo.InvariantCulture) },
        index > 1 ? $"turn-{index - 1}" : null,
        "quinn");

    public static ArtifactRecord Artifact(string artifactId, int version = 1) =>
        new(RunId, artifactId, "diagnostic-report", version, new string('c', 64), "# Diagnostic\n\nÅland café — 12% uplift.\n", "text/markdown");

    public static StepCommit Step(string stepKey, int firstEvent, int eventCount, params ArtifactRecord[] artifacts) =>
        new(RunId, stepKey, "agent_turn", "{\"text\":\"done\"}", artifacts, [.. Enumerable.Range(firstEvent, eventCount).Select(Event)]);

    /// <summary>Opens a journal, creates the run and commits <paramref name="steps"/> steps of <paramref name="eventsPerStep"/> events each.</summary>
    public static async Task WriteRunAsync(TempRunDirectory temp, int steps, int eventsPerStep, int checkpointInterval = 32)
    {
        var journal = await SqliteRunJournal.OpenAsync(temp.RunDirectory, temp.Options(checkpointInterval), CancellationToken.None);
        await using (journal)
        {
            await journal.CreateRunAsync(Run(), CancellationToken.None);
            for (var i = 0; i < steps; i++)
            {
                await journal.CommitStepAsync(Step($"step-{i + 1}", (i * eventsPerStep) + 1, eventsPerStep, Artifact($"artifact-{i + 1}")), CancellationToken.None);
            }
        }
    }

    /// <summary>Seals the run written by <see cref="WriteRunAsync"/> as a finished run is sealed: files' hashes, sealed checkpoint, export.</summary>
    public static Task<AuditEntry> SealAsync(TempRunDirectory temp) =>
        RunSeal.SealAsync(temp.RunDirectory, RunId, Start.AddHours(1), temp.Options(), CancellationToken.None);
}
