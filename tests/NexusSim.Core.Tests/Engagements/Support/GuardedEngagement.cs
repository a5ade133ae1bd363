using NexusSim.Core.Authority;
using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Engagements.Support;

/// <summary>
/// An engagement of the small test firm with one client-facing deliverable (authored by veda) and a
/// guard over it, so a test can move the deliverable through its states and ask the guard.
/// </summary>
internal sealed class GuardedEngagement
{
    public const string Line = "market_entry";
    public const string Memo = "entry_memo";
    public const decimal Budget = 150_000m;

    public GuardedEngagement(
        ManifestBuilder? firm = null,
        string line = Line,
        IReadOnlyList<GlossaryTerm>? glossary = null,
        decimal? fee = null,
        RiskLevel? risk = null,
        IntakePolicy? intake = null)
    {
        var manifest = (firm ?? TestFirms.SmallFirmBuilder()).Build() with
        {
            ServiceLines =
            [
                new ServiceLine(Line, "Market Entry", 6, 50_000m, 250_000m, [], [Memo], SourceLocation.None),
                new ServiceLine("ai_rescue", "AI Rescue", 4, 40_000m, 200_000m, [], [Memo], SourceLocation.None),
            ],
            DeliverableTypes =
            [
                new DeliverableType(Memo, "Entry Memo", "The memo.", "veda", "memo_chain", true, ["Summary"], ["quality_gate"], SourceLocation.None),
            ],
            Glossary = glossary ?? [],
            Gates = [new GateDefinition("quality_gate", "Quality gate", GateKind.Review, [], ["kael"], "The memo is sound.", 3, FailAction.Rework, true, SourceLocation.None)],
            Intake = intake ?? IntakePolicy.Default,
        };
        var brief = new Brief("(test)", "Acme", "Retail", "EU", 500, "Growing.", "Stalled.", [], Budget, line, "brief-hash")
        {
            FeeUsd = fee,
            Risk = risk,
        };
        State = new EngagementState("run-1", manifest, brief, manifest.ServiceLine(line), 42UL);
        Guard = new ActionGuard(State, new AuthorityPolicy(manifest));
    }

    public EngagementState State { get; }

    public ActionGuard Guard { get; }

    public static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);

    public static Dictionary<string, object?> OnMemo(params (string Name, object? Value)[] args) =>
        Args([(ActionArgs.DeliverableId, Memo), .. args]);

    /// <summary>Submits a version of the memo by veda and returns its hash.</summary>
    public string Submit(string hash)
    {
        State.SubmitVersion(Memo, hash, $"# Summary\n{hash}", "veda", "draft");
        return hash;
    }

    /// <summary>Records a pass at every blocking review gate of the memo on <paramref name="hash"/> (gates passed is derived from verdicts).</summary>
    public void PassGates(string hash)
    {
        var memo = State.FindDeliverable(Memo)!;
        foreach (var gate in memo.Type.Gates)
        {
            State.RecordVerdict(Memo, new GateVerdictRecord(gate, 1, hash, "reviewer", GateVerdict.Pass, "[S1]", []));
        }
    }

    /// <summary>A version that passed its gates, was asked for by veda, and approved by <paramref name="approver"/>.</summary>
    public string Approved(string hash, string approver = TestFirms.Partner, bool approved = true)
    {
        Submit(hash);
        PassGates(hash);
        State.RequestApproval(Memo, "veda");
        State.RecordApproval(Memo, new ApprovalRecord(approver, hash, approved, "checked"));
        return hash;
    }
}
