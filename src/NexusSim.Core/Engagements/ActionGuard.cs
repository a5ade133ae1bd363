using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using static NexusSim.Core.Engagements.ArgumentReader;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The one choke point's brain: builds the facts of an attempted action from the engagement's
/// state and the call's arguments, and asks the policy engine. The actor is given by the caller
/// (the turn), never read from the arguments.
/// </summary>
public sealed class ActionGuard
{
    private readonly EngagementState _state;
    private readonly AuthorityPolicy _policy;

    /// <summary>A guard for <paramref name="state"/> under <paramref name="policy"/>.</summary>
    public ActionGuard(EngagementState state, AuthorityPolicy policy)
    {
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>Decides whether <paramref name="actorId"/> may perform <paramref name="action"/> with these arguments.</summary>
    /// <exception cref="ActionArgumentException">An argument the rules need is malformed.</exception>
    public PolicyDecision Check(string actorId, string action, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(arguments);
        if (_state.Roles.Forbids(actorId, action))
        {
            return PolicyDecision.Deny(
                $"{actorId} manages this engagement and delegates the work; it may not {action} itself (rule {ProtocolRoles.DelegateOnlyRule}). Assign the task with {ActionIds.AssignTask} instead.",
                ProtocolRoles.DelegateOnlyRule);
        }

        return _policy.Evaluate(new ActionRequest(actorId, action, Facts(action, arguments)));
    }

    private ActionFacts Facts(string action, IReadOnlyDictionary<string, object?> args)
    {
        var deliverableId = OptionalText(args, ActionArgs.DeliverableId);
        var deliverable = deliverableId is null ? null : _state.FindDeliverable(deliverableId);
        var approval = deliverable?.Approval;
        var approvedByHuman = approval is { Approved: true } && _state.Manifest.FindActor(approval.Approver)?.IsHuman == true;
        return new ActionFacts
        {
            AmountUsd = Amount(action, OptionalAmount(args, ActionArgs.AmountUsd)),
            PriorAmountUsd = action == ActionIds.CommitBudget ? _state.CommittedBudgetUsd : null,
            Risk = RiskFloor.Of(OptionalRisk(args, ActionArgs.Risk), _state.Brief.Risk),
            ReleasedHash = deliverable?.ReleasedHash,
            ServiceLine = _state.ServiceLine.Id, // the engagement's line, never the model's claim
            Domain = TermDomain(OptionalText(args, ActionArgs.Term)) ?? OptionalText(args, ActionArgs.Domain),
            DeliverableAuthor = deliverable?.CurrentAuthor,
            DeliverableAuthors = deliverable?.Authors ?? [],
            DeliverableContributors = deliverable?.Contributors ?? [],
            Requester = deliverable?.ApprovalRequester,
            VersionHash = OptionalText(args, ActionArgs.VersionHash) ?? deliverable?.Current?.ContentHash,
            GatesPassedHash = deliverable?.GatesPassedHash,
            ApprovedHash = approvedByHuman ? approval!.VersionHash : null,
        };
    }

    // A glossary term belongs to the domain the manifest gives it, whatever domain the caller names.
    private string? TermDomain(string? term) =>
        term is null ? null : _state.Manifest.Glossary.FirstOrDefault(g => string.Equals(g.Term, term, StringComparison.OrdinalIgnoreCase))?.Domain;

    // Accepting an engagement commits the firm to the brief's fee: a caller naming no amount, or a
    // lower one, is checked at that fee, so the price band and the grant's amount limit still apply.
    private decimal? Amount(string action, decimal? named) =>
        action == ActionIds.AcceptEngagement ? Math.Max(named ?? 0m, _state.Brief.EngagementFeeUsd) : named;
}
