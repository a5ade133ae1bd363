using BenchmarkDotNet.Attributes;
using NexusSim.Cli.Running;
using NexusSim.Core.Gates;

namespace NexusSim.Benchmarks;

/// <summary>Every deterministic gate check (structure, evidence, consistency, voice) on a deliverable the default run wrote.</summary>
[MemoryDiagnoser]
public class GateCheckBenchmarks
{
    private CheckInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var state = BenchFixture.Outcome.State;
        var deliverable = state.Deliverables.First(d => d.Current is not null);
        var earlier = state.Deliverables.Where(d => d != deliverable && d.Current is not null).Select(d => d.Current!.Markdown).ToList();
        _input = new CheckInput(deliverable.Current!.Markdown, deliverable.Type.RequiredSections, state.Manifest.Glossary, BenchFixture.Engagement.Shared.Libraries.Library(state.Manifest.Directory).BannedPhrases, earlier);
    }

    [Benchmark]
    public int AllChecks() => DeliverableChecks.All.Sum(check => check.Check(_input).Count);
}
