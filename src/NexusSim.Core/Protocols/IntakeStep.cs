using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>Who takes an engagement in: the first agent, in manifest order, whose grant covers it.</summary>
internal static class IntakeStep
{
    /// <summary>The intake task's prompt template (prompts/tasks/intake.md).</summary>
    public const string Task = "intake";

    public static string? Find(EngagementState state)
    {
        var policy = new AuthorityPolicy(state.Manifest);
        var facts = new ActionFacts { ServiceLine = state.ServiceLine.Id, AmountUsd = state.Brief.BudgetUsd };
        return state.Manifest.Agents
            .FirstOrDefault(a => policy.Evaluate(new ActionRequest(a.Id, ActionIds.AcceptEngagement, facts)).Allowed)?.Id;
    }
}
