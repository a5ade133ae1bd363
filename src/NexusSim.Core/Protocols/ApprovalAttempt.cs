using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>One decision of the human at a deliverable's approval gate, as an attempt: its number, the decision, and the version it was on.</summary>
/// <param name="Attempt">1 for the first decision on the deliverable, one more for each after it.</param>
/// <param name="Decision">The approve or reject, with the human's reason.</param>
/// <param name="Version">The number of the version decided on (0 when it is not one of the deliverable's versions).</param>
internal sealed record ApprovalAttempt(int Attempt, ApprovalRecord Decision, int Version);
