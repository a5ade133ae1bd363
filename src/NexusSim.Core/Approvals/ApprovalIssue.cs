namespace NexusSim.Core.Approvals;

/// <summary>What a rejecting human found: what is wrong (and what to write instead), about the words it quotes.</summary>
/// <param name="Message">What is wrong, for the author.</param>
/// <param name="Target">The words at fault, exactly as the version has them.</param>
public sealed record ApprovalIssue(string Message, string Target);
