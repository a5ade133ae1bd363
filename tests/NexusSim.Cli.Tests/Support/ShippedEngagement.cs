using NexusSim.Core.Briefs;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Time;

namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// An engagement of the shipped firm's first service line, in memory, for the tests of what the CLI
/// renders from a state: actions are run straight through their bodies (no policy), as the test says.
/// </summary>
internal sealed class ShippedEngagement
{
    private static readonly Lazy<FirmManifest> Shipped = new(() => ManifestLoader.Load(Paths.ShippedManifest).Manifest!);

    public ShippedEngagement()
    {
        var line = Manifest.ServiceLines[0];
        var brief = new Brief("(test)", "Acme", "Retail", "EU", 500, "Growing.", "Stalled.", [], 300_000m, line.Id, "brief-hash");
        State = new EngagementState("run-test", Manifest, brief, line, 7UL);
    }

    public FirmManifest Manifest => Shipped.Value;

    public EngagementState State { get; }

    /// <summary>The first deliverable of the service line.</summary>
    public DeliverableState First => State.Deliverables[0];

    /// <summary>Runs <paramref name="action"/>'s body as <paramref name="actor"/>; returns what the caller would see.</summary>
    public string Act(string actor, string action, params (string Name, object? Value)[] args) =>
        new EngagementActions(State).Execute(new ActionCall(actor, action, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal),
            new StepRecorder(State.RunId, "0000-test", "test", "main", new SimulatedClock())));
}
