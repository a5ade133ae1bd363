using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>One written issue a gate found in a deliverable.</summary>
/// <param name="Check">The deterministic check that raised it, or null for a reviewer's issue.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Target">The exact text, section or source the issue is about, when there is one.</param>
public sealed record GateIssue(CheckKind? Check, string Message, string? Target);
