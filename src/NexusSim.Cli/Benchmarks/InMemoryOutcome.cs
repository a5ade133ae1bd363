using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Benchmarks;

/// <summary>What an in-memory engagement ended with: its status, model calls, prompt tokens, audit entries and its state (deliverables).</summary>
internal sealed record InMemoryOutcome(string Status, long LlmCalls, long PromptTokens, int AuditEntries, EngagementState State);
