using NexusSim.Cli.Running;
using NexusSim.Core.Manifest.Variants;

namespace NexusSim.Cli.Commands;

/// <summary>
/// The names --help lists, read from the tables the input is checked against (the protocol registry,
/// the governance-setting keys, the scenario catalogue), so help cannot name less or more than is accepted.
/// </summary>
internal static class HelpLists
{
    /// <summary>The collaboration protocols a run can use: "broadcast, chain, … or parallel".</summary>
    public static string Protocols => Or(ProtocolRegistry.Shipped().Names);

    /// <summary>The governance setting keys of --set and of a variant's KEY=VALUE items.</summary>
    public static string SetKeys => string.Join(", ", ManifestVariant.Keys);

    /// <summary>The batch approval policies (<see cref="Core.Approvals.PolicyApprover.Names"/>): "approve-if-gates-passed, approve-all or reject-all".</summary>
    public static string Policies => Or(Core.Approvals.PolicyApprover.Names);

    /// <summary>The failure-mode scenarios.</summary>
    public static string Scenarios => Or(FailureScenarios.Names);

    private static string Or(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Join(string.Empty, names) : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
}
