namespace NexusSim.Cli.Benchmarks;

/// <summary>What an in-memory engagement ended with: its status, model calls, prompt tokens and audit entries.</summary>
internal sealed record InMemoryOutcome(string Status, long LlmCalls, long PromptTokens, int AuditEntries);
