using NexusSim.Core.Approvals;
using NexusSim.Core.Authority;
using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>
/// The tiny valid firm (with approval, rejection and escalation decisions granted) driven through
/// the real gate runner, approval flow and escalation flow, with a scripted turn runner in place of
/// a model and the real guard and action bodies behind the invoker.
/// </summary>
internal sealed class FlowHarness : IDisposable
{
    public const string Scan = "market_scan";
    public const string Memo = "strategy_memo";
    public const string GoodScan = "# Market scan: Acme\n\n## Summary\nThree rivals share the market [S1].\n\n## Competitors\nNorth, South and East [S1].\n\n## Sources\n- [S1] Client interview.\n";
    public const string GoodMemo = "# Strategy memo: Acme\n\n## Summary\nEnter the market in the north [S1].\n\n## Recommendation\nStart with one pilot [S1].\n\n## Sources\n- [S1] Client interview.\n";

    private readonly ManifestWorkspace _workspace;

    public FlowHarness(Func<string, string>? editDelivery = null, Func<string, string>? editEntry = null)
    {
        _workspace = ManifestWorkspace.Valid()
            .Replace("  - id: escalate\n", "  - id: request_approval\n    description: \"Ask for sign-off.\"\n"
                + "  - id: reject\n    description: \"Send a version back.\"\n"
                + "  - id: resolve_escalation\n    description: \"Decide an escalation.\"\n"
                + "  - id: escalate\n")
            .Replace("  - action: release_to_client\n", "  - action: request_approval\n    actors: [lead, editor]\n"
                + "  - action: reject\n    actors: [principal]\n"
                + "  - action: resolve_escalation\n    actors: [lead, principal]\n"
                + "  - action: release_to_client\n");
        if (editEntry is not null)
        {
            _workspace.Write(ValidManifest.EntryFile, editEntry(File.ReadAllText(_workspace.PathOf(ValidManifest.EntryFile))));
        }

        if (editDelivery is not null)
        {
            _workspace.Write(ValidManifest.DeliveryFile, editDelivery(File.ReadAllText(_workspace.PathOf(ValidManifest.DeliveryFile))));
        }

        var loaded = _workspace.Load();
        Assert.True(loaded.Manifest is not null, string.Join("\n", loaded.Errors.Select(e => e.ToString())));
        Manifest = loaded.Manifest!;
        var line = Manifest.ServiceLines[0];
        var brief = new Brief("(test)", "Acme", "Retail", "EU", 500, "Growing.", "Stalled.", [], 60_000m, line.Id, "brief-hash");
        State = new EngagementState("run-1", Manifest, brief, line, 7UL);
        State.Accept("lead", 60_000m);
        var journal = new InMemoryRunJournal(TimeProvider.System);
        journal.CreateRunAsync(new RunRecord("run-1", "running", 7UL, "chain", line.Id, Manifest.ContentHash, "brief-hash", Time.SimulatedClock.Epoch, "{}"), CancellationToken.None).GetAwaiter().GetResult();
        Session = new EngagementSession(new EngagementSessionParts
        {
            State = State,
            Turns = Turns,
            Actions = new GuardedInvoker(State, new AuthorityPolicy(Manifest)),
            Approver = Approver,
            Journal = journal,
            BannedPhrases = ["synergy"],
            Observer = Observer,
        });
        Turns.Invoker = Session.Parts.Actions;
    }

    public FirmManifest Manifest { get; }

    public EngagementState State { get; }

    public EngagementSession Session { get; }

    public ScriptedTurns Turns { get; } = new();

    public ScriptedApprover Approver { get; } = new();

    /// <summary>Every step as the live view is told it.</summary>
    public RecordingObserver Observer { get; } = new();

    public DeliverableState Deliverable(string id) => State.FindDeliverable(id)!;

    /// <summary>A run of <paramref name="id"/> along its chain, with a first version by its author already submitted.</summary>
    public DeliverableRun Start(string id, string firstDraft)
    {
        var deliverable = Deliverable(id);
        Act(deliverable.Type.Author, ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, id), (ActionArgs.Content, firstDraft));
        return new DeliverableRun(Session, Manifest.Chain(deliverable.Type.Chain), deliverable, "main");
    }

    /// <summary>
    /// The memo through its chain's review gates (every edit a fresh version, every verdict a pass),
    /// ready for the principal's approval step.
    /// </summary>
    public async Task<DeliverableRun> MemoThroughItsReviewsAsync()
    {
        Turns.Script = turn => turn.Mode == StepMode.Edit
            ? [Scripts.Submit(turn, GoodMemo.Replace("one pilot", $"one pilot ({turn.TurnId})", StringComparison.Ordinal))]
            : [Scripts.Verdict(turn, "pass", "Checked ## Summary.")];
        var run = Start(Memo, GoodMemo);
        Assert.True(await new ReviewGateRunner(run).RunAsync(StepOf(Memo, "editorial_review"), CancellationToken.None));
        return run;
    }

    /// <summary>Index of the step of <paramref name="id"/>'s chain that runs <paramref name="gateId"/>.</summary>
    public int StepOf(string id, string gateId) =>
        Manifest.Chain(Deliverable(id).Type.Chain).Steps.ToList().FindIndex(s => s.Gates.Contains(gateId));

    public Task<ActionOutcome> InvokeAsync(string actor, string action, params (string Name, object? Value)[] args) =>
        Session.InvokeAsync(actor, action, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), "main", CancellationToken.None);

    public string Act(string actor, string action, params (string Name, object? Value)[] args) =>
        new EngagementActions(State).Execute(new ActionCall(actor, action, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), Recorder()));

    public StepRecorder Recorder() => new(State.RunId, "0000-test", "test", "main", Session.Clock);

    public void Dispose() => _workspace.Dispose();
}
