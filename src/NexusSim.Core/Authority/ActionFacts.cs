using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>
/// Everything the authority rules need about an attempted action, filled by the caller from
/// engagement state (never from the model's arguments alone). Set only what applies; the rest stays
/// null. A rule that needs a fact that is not stated denies the action (fail closed).
/// </summary>
public sealed record ActionFacts
{
    /// <summary>No facts: for actions whose rules need none.</summary>
    public static ActionFacts None { get; } = new();

    /// <summary>Amount in US dollars the action commits, checked against a grant's amount limit.</summary>
    public decimal? AmountUsd { get; init; }

    /// <summary>Risk level of the action, checked against a grant's risk limit.</summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>
    /// The amount already committed before this action (commit_budget: the engagement's earlier
    /// commitments). A grant's amount limit caps the sum of this and <see cref="AmountUsd"/>.
    /// </summary>
    public decimal? PriorAmountUsd { get; init; }

    /// <summary>Content hash of the version of the deliverable already released; null when none was.</summary>
    public string? ReleasedHash { get; init; }

    /// <summary>Service-line id the action is for, checked against a grant's service lines.</summary>
    public string? ServiceLine { get; init; }

    /// <summary>Decision-domain id the action touches (e.g. the term's domain for define_term).</summary>
    public string? Domain { get; init; }

    /// <summary>Actor id of the author of the deliverable acted on.</summary>
    public string? DeliverableAuthor { get; init; }

    /// <summary>
    /// Every actor who has been the deliverable's author (its type's author and whoever an escalation
    /// reassigned it to); separation from the author holds against each. Empty: only <see cref="DeliverableAuthor"/>.
    /// </summary>
    public IReadOnlyList<string> DeliverableAuthors { get; init; } = [];

    /// <summary>
    /// Every actor who wrote a version of the deliverable acted on (its authors and every agent whose
    /// edit made a version), for rules whose party is the contributor. Empty: the deliverable has
    /// no version yet, and only its authors count.
    /// </summary>
    public IReadOnlyList<string> DeliverableContributors { get; init; } = [];

    /// <summary>Actor id of whoever requested the approval acted on.</summary>
    public string? Requester { get; init; }

    /// <summary>Content hash of the deliverable version acted on.</summary>
    public string? VersionHash { get; init; }

    /// <summary>Content hash of the version that passed every blocking gate; null when none has.</summary>
    public string? GatesPassedHash { get; init; }

    /// <summary>Content hash a human approval is bound to; null when there is no approval.</summary>
    public string? ApprovedHash { get; init; }
}
