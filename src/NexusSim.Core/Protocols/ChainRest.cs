using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>Where a chain walk stopped, so a protocol can continue it later.</summary>
/// <param name="Run">The deliverable's run (its author, its granted rounds, its lane).</param>
/// <param name="StepIndex">The step the walk continues at.</param>
/// <param name="Handoff">The handoff the last agent step wrote, if any.</param>
/// <param name="Reviewed">True once the walk passed its first review step.</param>
internal sealed record ChainRest(DeliverableRun Run, int StepIndex, HandoffRecord? Handoff, bool Reviewed);
