using NexusSim.Core.Authority;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Authority.Support;

/// <summary>
/// Seeded random requests against a manifest: real and forged actors, declared, undeclared and
/// hallucinated actions, and facts drawn near every limit, so both allows and every kind of denial occur.
/// </summary>
internal static class RequestGenerator
{
    private static readonly string[] _hallucinatedActions = ["aprove", "Approve", "release_to_client ", "transfer_funds", ""];
    private static readonly decimal?[] _amounts = [null, -1m, 0m, 39_999.99m, 40_000m, 40_000.01m, 250_000m, 250_000.01m, 1_000_000m, 1_000_001m];
    private static readonly RiskLevel?[] _risks = [null, RiskLevel.Low, RiskLevel.Medium, RiskLevel.High, RiskLevel.Critical, (RiskLevel)(-1), (RiskLevel)9];
    private static readonly string?[] _hashes = [null, "h1", "h2", "H1", "", " "];

    public static IReadOnlyList<ActionRequest> Generate(FirmManifest manifest, ulong seed, int count)
    {
        var random = new DeterministicRandom(seed);
        var actors = manifest.Actors.Select(a => a.Id).Concat(["ghost", string.Empty]).ToList();
        var parties = manifest.Actors.Select(a => (string?)a.Id)
            .Concat(manifest.Actors.Take(2).Select(a => (string?)a.Id.ToUpperInvariant()))
            .Concat([null, string.Empty, " "])
            .ToList();
        var actions = ActionIds.All.Concat(_hallucinatedActions).ToList();
        var lines = manifest.Grants
            .SelectMany(g => g.Limits.ServiceLines ?? [])
            .Select(l => (string?)l)
            .Concat([null, "elsewhere"])
            .ToList();
        var domains = manifest.Domains.Select(d => (string?)d.Id).Concat([null, "nowhere"]).ToList();

        var requests = new List<ActionRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var facts = new ActionFacts
            {
                AmountUsd = random.Pick(_amounts),
                Risk = random.Pick(_risks),
                ServiceLine = random.Pick(lines),
                Domain = random.Pick(domains),
                DeliverableAuthor = random.Pick(parties),
                Requester = random.Pick(parties),
                VersionHash = random.Pick(_hashes),
                GatesPassedHash = random.Pick(_hashes),
                ApprovedHash = random.Pick(_hashes),
            };
            requests.Add(new ActionRequest(random.Pick(actors), random.Pick(actions), facts));
        }

        return requests;
    }
}
