using NexusSim.Core.Manifest;

namespace NexusSim.Core.Approvals;

/// <summary>Batch approval policies: approve-all, reject-all, approve-if-gates-passed.</summary>
public sealed class PolicyApprover : IApprover
{
    /// <summary>Approves everything shown.</summary>
    public const string ApproveAll = "approve-all";

    /// <summary>Rejects everything shown.</summary>
    public const string RejectAll = "reject-all";

    /// <summary>Approves exactly the versions whose blocking gates all passed (the default with no terminal).</summary>
    public const string ApproveIfGatesPassed = "approve-if-gates-passed";

    private PolicyApprover(string name) => Name = name;

    /// <summary>The policy names.</summary>
    public static IReadOnlyList<string> Names { get; } = [ApproveIfGatesPassed, ApproveAll, RejectAll];

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The policy with this name.</summary>
    /// <exception cref="ArgumentException">Not a policy name.</exception>
    public static PolicyApprover Create(string name) => Names.Contains(name, StringComparer.Ordinal)
        ? new PolicyApprover(name)
        : throw new ArgumentException($"Unknown approval policy '{name}'. Use one of: {string.Join(", ", Names)}.", nameof(name));

    /// <inheritdoc />
    public Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hash = request.Version.ContentHash;
        var decision = Name switch
        {
            ApproveAll => new ApprovalDecision(true, "Policy approve-all: approved without review.", hash),
            RejectAll => new ApprovalDecision(false, "Policy reject-all: rejected without review.", hash),
            // A version an escalation accepted with a caveat counts as passed without having passed every
            // gate: the decision says what it stands on and carries the caveat, so the record cannot read clean.
            _ => request switch
            {
                { GatesPassed: true, Caveats.Count: > 0 } => new ApprovalDecision(true,
                    $"Policy approve-if-gates-passed: approved as an escalation accepted it, with its caveat, not on every blocking gate passing: {string.Join("; ", request.Caveats)}", hash),
                { GatesPassed: true } => new ApprovalDecision(true, "Policy approve-if-gates-passed: every blocking gate passed for this version.", hash),
                _ => new ApprovalDecision(false, "Policy approve-if-gates-passed: a blocking gate has not passed for this version.", hash),
            },
        };
        return Task.FromResult(decision);
    }

    /// <summary>
    /// Batch decisions on escalations: approve-all accepts the work with its caveats recorded;
    /// reject-all and approve-if-gates-passed descope it (the policy never releases work that failed
    /// its gates). The first option of that meaning in the manifest is chosen; none means undecided.
    /// </summary>
    public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wanted = Name == ApproveAll ? EscalationOutcome.AcceptWithCaveat : EscalationOutcome.Descope;
        var option = request.Escalation.Options.FirstOrDefault(o => EscalationOptions.Map(o) == wanted);
        return Task.FromResult(option is null
            ? null
            : new EscalationDecision(option, $"Policy {Name}: {option} ({request.Escalation.Reason})"));
    }
}
