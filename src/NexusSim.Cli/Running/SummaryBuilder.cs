using NexusSim.Core.Engagements;
using NexusSim.Core.Metrics;
using NexusSim.Core.Time;

namespace NexusSim.Cli.Running;

/// <summary>Builds summary.json from the finished engagement. Only deterministic figures go in, so the same inputs give the same bytes.</summary>
internal static class SummaryBuilder
{
    public static RunSummary Build(ResolvedRun run, EngagementState state, RunMetrics metrics, SimulatedClock clock, string status, long auditEntries, string? auditHead)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(clock);
        return new RunSummary
        {
            RunId = run.RunId,
            Status = status,
            Firm = run.Manifest.Firm.Name,
            Client = run.Brief.Client,
            Seed = run.Seed,
            Protocol = run.Protocol,
            Provider = run.Provider,
            Approver = run.Approver,
            ServiceLine = run.ServiceLine.Id,
            ManifestHash = run.Manifest.ContentHash,
            BriefHash = run.Brief.ContentHash,
            AcceptedBy = state.AcceptedBy,
            FeeUsd = state.FeeUsd,
            // Only a declined engagement has a reason for it: one that stopped before intake ended (the model
            // unreachable, interrupted, awaiting a decision) was not declined by anyone.
            DeclinedReason = status == RunStatus.Declined ? NexusSim.Core.Protocols.IntakeStep.DeclineReason(state) : null,
            Deliverables = [.. state.Deliverables.Select(d => DeliverableOutcome.Add(Deliverable(d), d, state))],
            Turns = metrics.Turns,
            GateAttempts = metrics.GateAttempts,
            GateFailures = metrics.GateFailures,
            Reworks = metrics.Reworks,
            FirstPassYield = metrics.GateAttempts == 0 ? null : Math.Round(metrics.FirstPassYield, 4),
            Escalations = state.Escalations.Count,
            Approvals = metrics.Approvals,
            Rejections = metrics.Rejections,
            Releases = metrics.Releases,
            DeniedActions = metrics.DeniedActions,
            UnauthorizedExecuted = metrics.UnauthorizedExecuted,
            ToolCalls = metrics.ToolCalls,
            ToolErrors = metrics.ToolErrors,
            LlmCalls = metrics.LlmCalls,
            PromptTokens = metrics.PromptTokens,
            CompletionTokens = metrics.CompletionTokens,
            SimulatedMinutes = Math.Round(clock.MakespanMinutes, 3),
            BusyMinutes = Math.Round(clock.BusyMinutes, 3),
            AuditEntries = auditEntries,
            AuditHead = auditHead,
            EscalationOutcomes = EscalationTally.Of(state),
            IncompleteReasons = RunOutcome.Reasons(state),
            WouldBeDenied = metrics.WouldBeDenied,
            Governance = run.Governance.Count == 0 ? null : run.Governance,
        };
    }

    /// <summary>The file a deliverable's final version is written to, relative to the run directory.</summary>
    public static string FileOf(DeliverableState deliverable) => $"deliverables/{deliverable.Id}.md";

    private static DeliverableSummary Deliverable(DeliverableState deliverable) => new()
    {
        Id = deliverable.Id,
        Name = deliverable.Type.Name,
        Author = deliverable.Type.Author,
        Status = deliverable.Status.ToString().ToLowerInvariant(),
        Versions = deliverable.Versions.Count,
        FinalHash = deliverable.Current?.ContentHash,
        GateVerdicts = deliverable.Verdicts.Count,
        File = deliverable.Current is null ? null : FileOf(deliverable),
    };
}
