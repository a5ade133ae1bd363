using BenchmarkDotNet.Attributes;
using NexusSim.Core.Authority;

namespace NexusSim.Benchmarks;

/// <summary>The authority policy's decision the filter asks for before every tool call: one granted and one denied request.</summary>
[MemoryDiagnoser]
public class AuthorityBenchmarks
{
    private AuthorityPolicy _policy = null!;
    private ActionRequest _granted = null!;
    private ActionRequest _denied = null!;

    [GlobalSetup]
    public void Setup()
    {
        var manifest = BenchFixture.Run.Manifest;
        _policy = new AuthorityPolicy(manifest);
        var grant = manifest.Grants.First(g => g.Actors.Count > 0 && manifest.FindActor(g.Actors[0])?.IsHuman == false);
        _granted = new ActionRequest(grant.Actors[0], grant.Action, ActionFacts.None);
        var outsider = manifest.Actors.First(a => !a.IsHuman && !grant.Actors.Contains(a.Id));
        _denied = new ActionRequest(outsider.Id, grant.Action, ActionFacts.None);
    }

    [Benchmark]
    public bool Granted() => _policy.Evaluate(_granted).Allowed;

    [Benchmark]
    public bool Denied() => _policy.Evaluate(_denied).Allowed;
}
