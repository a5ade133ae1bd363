using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>The audit rows read from a database: all of them, or those before the first unreadable one.</summary>
/// <param name="Entries">The entries read, in sequence order.</param>
/// <param name="UnreadableSequence">The first row that could not be read, if any.</param>
/// <param name="Problem">Why it could not be read.</param>
internal sealed record AuditRead(IReadOnlyList<AuditEntry> Entries, long? UnreadableSequence, string? Problem);
