using System.Text.Encodings.Web;
using System.Text.Json;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>
/// Counts a run's defects against ground truth: the stub's ledger of what it planted in each version
/// (by content hash), set beside the gates' verdicts and the released versions. Also writes that
/// ledger as <c>ground-truth.json</c> in the run folder, after the run, where no gate reads it.
/// </summary>
internal static class DefectAccounting
{
    /// <summary>The file the ledger is written to, relative to the run directory.</summary>
    public const string GroundTruthFile = "ground-truth.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The tally, or null when the model kept no ledger (a real provider).</summary>
    public static DefectTally? Of(EngagementState state, DefectLedger ledger)
    {
        if (ledger.Count == 0)
        {
            return null;
        }

        var caught = state.Manifest.Gates.ToDictionary(g => g.Id, _ => 0, StringComparer.Ordinal);
        var planted = 0;
        var shipped = 0;
        var stamps = 0;
        foreach (var deliverable in state.Deliverables)
        {
            // A rework may give back an earlier version's text: the same hash, the same defects, counted once.
            var carried = deliverable.Versions.Select(v => v.ContentHash).Distinct(StringComparer.Ordinal).ToDictionary(h => h, ledger.For, StringComparer.Ordinal);
            var distinct = carried.Values.SelectMany(d => d).Distinct().ToList();
            planted += distinct.Count;
            foreach (var defect in distinct)
            {
                // A review-only defect counts as caught only where a reviewer's note quotes it: no check can have seen it.
                var first = deliverable.Verdicts.FirstOrDefault(v => v.Verdict == GateVerdict.NeedsWork
                    && Checks(state.Manifest, v.GateId).Contains(CheckFor(defect.Kind))
                    && (!DefectCoverage.IsReviewOnly(defect.Kind) || v.Issues.Any(i => string.Equals(i.Target, defect.Target, StringComparison.Ordinal)))
                    && carried.TryGetValue(v.VersionHash, out var list) && list.Contains(defect));
                // Else a human's rejection that quotes it, on a version that carries it, at the approval gate the human decides.
                var gateId = first?.GateId ?? (deliverable.Decisions.FirstOrDefault(d => !d.Approved
                    && d.Issues.Any(i => string.Equals(i.Target, defect.Target, StringComparison.Ordinal))
                    && carried.TryGetValue(d.VersionHash, out var list) && list.Contains(defect)) is { } rejection
                    ? ApprovalGate(state.Manifest, deliverable, rejection.Approver)
                    : null);
                if (gateId is not null)
                {
                    caught[gateId] = caught.GetValueOrDefault(gateId) + 1;
                }
            }

            stamps += deliverable.Verdicts.Count(v => v.Verdict == GateVerdict.Pass
                && carried.TryGetValue(v.VersionHash, out var list)
                && list.Any(d => Checks(state.Manifest, v.GateId).Contains(CheckFor(d.Kind))));
            if (deliverable.ReleasedHash is { } released)
            {
                shipped += ledger.For(released).Count;
            }
        }

        return new DefectTally
        {
            Planted = planted,
            Caught = caught,
            CaughtTotal = caught.Values.Sum(),
            Shipped = shipped,
            RubberStampPasses = stamps,
        };
    }

    // The approval gate of the deliverable's chain at a step the human takes (null when none).
    private static string? ApprovalGate(FirmManifest manifest, DeliverableState deliverable, string human) =>
        manifest.Chain(deliverable.Type.Chain).Steps
            .Where(s => s.Actors.Contains(human, StringComparer.Ordinal))
            .SelectMany(s => s.Gates)
            .Select(manifest.Gate)
            .FirstOrDefault(g => g.Kind == GateKind.Approval)?.Id;

    /// <summary>Writes every version's planted defects to <see cref="GroundTruthFile"/> (nothing when there is no ledger).</summary>
    public static async Task WriteAsync(string directory, EngagementState state, DefectLedger ledger, CancellationToken cancellationToken)
    {
        if (ledger.Count == 0)
        {
            return;
        }

        var versions = state.Deliverables.SelectMany(d => d.Versions.Select(v => new
        {
            deliverable = d.Id,
            version = v.Number,
            hash = v.ContentHash,
            // An earlier version with the released text was not itself released: only the last with that text.
            released = d.ReleasedHash == v.ContentHash && v.Number == d.Versions.Last(x => x.ContentHash == v.ContentHash).Number,
            defects = ledger.For(v.ContentHash).Select(p => new { kind = p.Kind.ToString(), target = p.Target, detail = p.Detail }),
        }));
        await File.WriteAllTextAsync(Path.Combine(directory, GroundTruthFile), JsonSerializer.Serialize(new { versions }, Json) + "\n", cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<CheckKind> Checks(FirmManifest manifest, string gateId) =>
        manifest.Gates.FirstOrDefault(g => g.Id == gateId)?.Checks ?? [];

    private static CheckKind CheckFor(DefectKind kind) => DefectCoverage.CheckFor(kind);
}
