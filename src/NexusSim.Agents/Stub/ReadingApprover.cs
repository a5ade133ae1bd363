using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Approvals;

namespace NexusSim.Agents.Stub;

/// <summary>
/// The simulated human who reads a version before releasing it: a decorator on the approval policy.
/// When the policy would approve, the human reads the version and notices each defect no check can see
/// (a wrong figure, a misattributed citation, an unsupported recommendation, an unnamed client, a
/// figure resting on guessed facts) that it still shows, each with <c>catchRate</c>, by a draw keyed by
/// the seed, the deliverable, the version, the human and the defect (so a run and its re-run decide
/// alike, and two runs that differ in one rule draw alike for the same version). Anything noticed
/// turns the approval into a rejection whose issues quote the words at fault, as a careful reviewer's
/// notes do, so the author's rework can mend them. What the policy refuses stays refused, unread.
/// Like <see cref="CarefulReading"/>, the reading is simulated from the stub's own record of what it
/// planted: with a real model there is no ledger, so nothing is noticed and the policy decides alone.
/// </summary>
public sealed class ReadingApprover : IApprover
{
    private readonly IApprover _inner;
    private readonly ulong _seed;
    private readonly DefectLedger _ledger;
    private readonly double _catchRate;
    private readonly string _client;

    /// <param name="inner">The policy whose approvals the human reads before they stand.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="ledger">The stub's record of the defects it planted in each version.</param>
    /// <param name="catchRate">The chance the human notices each defect (0 to 1).</param>
    /// <param name="client">The brief's client, whom the human knows.</param>
    public ReadingApprover(IApprover inner, ulong seed, DefectLedger ledger, double catchRate, string client)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(catchRate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(catchRate, 1);
        _seed = seed;
        _catchRate = catchRate;
        _client = client;
    }

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public async Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = await _inner.DecideAsync(request, cancellationToken).ConfigureAwait(false);
        if (!decision.Approved)
        {
            return decision;
        }

        var version = request.Version;
        var issues = new List<ApprovalIssue>();
        foreach (var defect in _ledger.For(version.ContentHash))
        {
            if (!DefectCoverage.IsReviewOnly(defect.Kind) || !version.Markdown.Contains(defect.Target, StringComparison.Ordinal))
            {
                continue;
            }

            var purpose = string.Create(CultureInfo.InvariantCulture, $"human {request.ApproverId} reads {defect.Kind} {defect.Target}");
            if (StubDraws.For(_seed, request.DeliverableId, version.ContentHash, purpose).Chance(_catchRate))
            {
                issues.Add(new ApprovalIssue(CarefulReading.Note(defect, _client), defect.Target));
            }
        }

        if (issues.Count == 0)
        {
            return decision;
        }

        var found = issues.Count == 1 ? "one problem" : string.Create(CultureInfo.InvariantCulture, $"{issues.Count} problems");
        return new ApprovalDecision(false, $"Read before release and found {found} the review gates let through.", version.ContentHash)
        {
            Issues = issues,
        };
    }

    /// <inheritdoc />
    public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken) =>
        _inner.DecideEscalationAsync(request, cancellationToken);
}
