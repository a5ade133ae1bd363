using BenchmarkDotNet.Attributes;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;

namespace NexusSim.Benchmarks;

/// <summary>Committing one step with its audit entries to the in-memory journal: canonical JSON and the hash chain.</summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private InMemoryRunJournal _journal = null!;
    private AuditEvent[] _events = [];
    private string _runId = string.Empty;
    private int _step;

    [Params(1, 8)]
    public int EntriesPerStep { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var run = BenchFixture.Run;
        _runId = run.RunId;
        _journal = new InMemoryRunJournal(TimeProvider.System);
        _journal.CreateRunAsync(new RunRecord(_runId, "running", run.Seed, run.Protocol, run.ServiceLine.Id, run.Manifest.ContentHash, run.Brief.ContentHash, DateTimeOffset.UnixEpoch, "{}"), CancellationToken.None).GetAwaiter().GetResult();
        var actor = run.Manifest.Actors.First(a => !a.IsHuman).Id;
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["deliverable"] = run.ServiceLine.Deliverables[0] };
        _events = [.. Enumerable.Range(0, EntriesPerStep).Select(i => new AuditEvent(_runId, DateTimeOffset.UnixEpoch.AddMinutes(i), actor, ActionIds.SubmitDeliverable, "allowed", "The actor holds the grant.", "subject", data, null, null))];
    }

    [Benchmark]
    public Task<IReadOnlyList<AuditEntry>> CommitStep() =>
        _journal.CommitStepAsync(new StepCommit(_runId, $"step-{_step++}", "turn", "{}", [], _events), CancellationToken.None);
}
