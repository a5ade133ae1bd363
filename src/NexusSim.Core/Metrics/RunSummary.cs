using System.Text.Json.Serialization;

namespace NexusSim.Core.Metrics;

/// <summary>
/// What summary.json holds. Everything here is a function of the brief, the manifest, the seed and
/// the options, except <see cref="StartedAt"/> and <see cref="WallSeconds"/> (the wall clock), so two
/// runs of the same inputs differ only there; no machine names.
/// </summary>
public sealed record RunSummary
{
    [JsonPropertyName("run_id")] public required string RunId { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("firm")] public required string Firm { get; init; }
    [JsonPropertyName("client")] public required string Client { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("protocol")] public required string Protocol { get; init; }
    [JsonPropertyName("provider")] public required string Provider { get; init; }
    [JsonPropertyName("approver")] public required string Approver { get; init; }
    [JsonPropertyName("service_line")] public required string ServiceLine { get; init; }
    [JsonPropertyName("manifest_hash")] public required string ManifestHash { get; init; }
    [JsonPropertyName("brief_hash")] public required string BriefHash { get; init; }
    [JsonPropertyName("accepted_by")] public string? AcceptedBy { get; init; }
    [JsonPropertyName("fee_usd")] public decimal? FeeUsd { get; init; }
    [JsonPropertyName("declined_reason")] public string? DeclinedReason { get; init; }
    [JsonPropertyName("deliverables")] public required IReadOnlyList<DeliverableSummary> Deliverables { get; init; }
    [JsonPropertyName("turns")] public long Turns { get; init; }
    [JsonPropertyName("gate_attempts")] public long GateAttempts { get; init; }
    [JsonPropertyName("gate_failures")] public long GateFailures { get; init; }
    [JsonPropertyName("reworks")] public long? Reworks { get; init; }
    [JsonPropertyName("first_pass_yield")] public double? FirstPassYield { get; init; }
    [JsonPropertyName("escalations")] public long Escalations { get; init; }
    [JsonPropertyName("approvals")] public long Approvals { get; init; }
    [JsonPropertyName("rejections")] public long Rejections { get; init; }
    [JsonPropertyName("releases")] public long Releases { get; init; }
    [JsonPropertyName("denied_actions")] public long DeniedActions { get; init; }
    [JsonPropertyName("unauthorized_executed")] public long UnauthorizedExecuted { get; init; }
    [JsonPropertyName("tool_calls")] public long ToolCalls { get; init; }
    [JsonPropertyName("tool_errors")] public long ToolErrors { get; init; }
    [JsonPropertyName("llm_calls")] public long LlmCalls { get; init; }
    [JsonPropertyName("prompt_tokens")] public long PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long CompletionTokens { get; init; }
    [JsonPropertyName("simulated_minutes")] public double SimulatedMinutes { get; init; }
    [JsonPropertyName("busy_minutes")] public double BusyMinutes { get; init; }
    [JsonPropertyName("audit_entries")] public long AuditEntries { get; init; }
    [JsonPropertyName("audit_head")] public string? AuditHead { get; init; }
    [JsonPropertyName("escalation_outcomes")] public EscalationTally? EscalationOutcomes { get; init; }

    /// <summary>Why the run is not completed, one line per cause (a descoped deliverable, an undecided escalation, an unreleased deliverable); empty when completed or declined.</summary>
    [JsonPropertyName("incomplete_reasons")] public IReadOnlyList<string>? IncompleteReasons { get; init; }

    /// <summary>Actions the authority check would have denied, run anyway because a governance variant set authority to record-only (0 when enforcing).</summary>
    [JsonPropertyName("would_be_denied")] public long WouldBeDenied { get; init; }

    /// <summary>Engagement makespan in working days (09:00 for the working hours, Monday to Friday) on the simulated clock.</summary>
    [JsonPropertyName("makespan_days")] public double MakespanDays { get; init; }

    /// <summary>Each deliverable's cycle time in working days (its first work started to its last ended), by id.</summary>
    [JsonPropertyName("cycle_days")] public IReadOnlyDictionary<string, double>? CycleDays { get; init; }

    /// <summary>The mean of <see cref="CycleDays"/> (0 when no deliverable was worked on).</summary>
    [JsonPropertyName("mean_cycle_days")] public double MeanCycleDays { get; init; }

    /// <summary>Hours the humans spent deciding (approvals, rejections, human gate verdicts, escalation decisions).</summary>
    [JsonPropertyName("human_hours")] public double HumanHours { get; init; }

    /// <summary>Agents' model cost in dollars: each tier's tokens at its model's price (NexusSim:Pricing); null when a tier's model has no price.</summary>
    [JsonPropertyName("cost_usd")] public decimal? CostUsd { get; init; }

    /// <summary><see cref="CostUsd"/> split by model tier (tier id to dollars, the manifest's tiers that ran a turn); null when a tier's model has no price.</summary>
    [JsonPropertyName("cost_by_tier")] public IReadOnlyDictionary<string, decimal>? CostByTier { get; init; }

    /// <summary>The governance variant's settings (<c>key=value</c>, from --overlay files and --set), or absent for the manifest as written.</summary>
    [JsonPropertyName("governance")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Governance { get; init; }

    /// <summary>What a per-turn context budget cut (turns, tokens), or absent when the run enforces no budget.</summary>
    [JsonPropertyName("context_cuts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContextCutTally? ContextCuts { get; init; }

    /// <summary>The sum of the deliverables' <see cref="DeliverableSummary.FallbackSections"/>; null when not the stub.</summary>
    [JsonPropertyName("fallback_sections")] public int? FallbackSections { get; init; }

    /// <summary>Defects planted, caught per gate, shipped and rubber-stamped (ground truth; see <see cref="DefectTally"/>).</summary>
    [JsonPropertyName("defects")] public DefectTally? Defects { get; init; }

    /// <summary>Every configuration value the run read that can change its outcome, by configuration key.</summary>
    [JsonPropertyName("settings")] public IReadOnlyDictionary<string, string>? Settings { get; init; }

    /// <summary>The nexussim version that made the run.</summary>
    [JsonPropertyName("tool_version")] public string? ToolVersion { get; init; }

    /// <summary>When the run started on the wall clock (UTC, ISO 8601); the only field that differs between two runs of the same inputs, with <see cref="WallSeconds"/>.</summary>
    [JsonPropertyName("started_at")] public string? StartedAt { get; init; }

    /// <summary>How long the run took on the wall clock, in seconds.</summary>
    [JsonPropertyName("wall_seconds")] public double? WallSeconds { get; init; }
}
