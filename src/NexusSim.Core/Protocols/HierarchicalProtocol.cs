using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// A manager plans and delegates: the agent at the top of the manifest's reporting lines (the one
/// agent who reports to a human or to no one) takes a delegation turn per deliverable and assigns it
/// with <c>assign_task</c>; only an executed assignment starts the deliverable's chain. For the rest of
/// the engagement the manager may not do a worker's task (submit a version of a deliverable): the
/// authority check denies it (rule <see cref="ProtocolRoles.DelegateOnlyRule"/>), and the manager's
/// own authoring and editing steps go to the deliverable's author or another agent granted
/// <c>submit_deliverable</c>. Reviewing at gates it owns and signing off stay the manager's. Delegation deeper than <see cref="ProtocolLimits.MaxDelegationDepth"/> is not made.
/// </summary>
public sealed class HierarchicalProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "hierarchical";

    /// <summary>The task kind of the manager's delegation turn (prompts/tasks/delegate.md).</summary>
    public const string DelegateTask = "delegate";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolTask> Tasks { get; } = [new(DelegateTask, StepMode.Plan)];

    /// <summary>The manager: the one agent who reports to a human or to no one; null when there is none or several.</summary>
    public static string? ManagerOf(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var tops = TopAgents(manifest);
        return tops.Count == 1 ? tops[0] : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Lacks(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var tops = TopAgents(manifest);
        if (tops.Count != 1)
        {
            return [tops.Count == 0
                ? $"hierarchical needs one agent at the top of the reporting lines (reports_to a human or no one) to manage; {manifest.Firm.Name} has none. Set that agent's reports_to to a human."
                : $"hierarchical needs one agent at the top of the reporting lines to manage; {manifest.Firm.Name} has {tops.Count} ({string.Join(", ", tops)}). Make all but one report to an agent."];
        }

        return manifest.Grants.Any(g => g.Action == ActionIds.AssignTask && g.Actors.Contains(tops[0], StringComparer.Ordinal))
            ? []
            : [$"hierarchical's manager {tops[0]} delegates with {ActionIds.AssignTask}, but no grant of {ActionIds.AssignTask} lists {tops[0]}. Add {tops[0]} to that grant."];
    }

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var manifest = session.State.Manifest;
        if (!await ChainProtocol.IntakeAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var manager = ManagerOf(manifest);
        if (manager is null || Lacks(manifest).Count > 0)
        {
            await session.RecordSystemEventAsync("protocol", "failed", string.Join(" ", Lacks(manifest)), session.State.ServiceLine.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
            return;
        }

        session.State.Roles.MarkDelegateOnly(manager);
        var pass = new ChainPass(ChainProtocol.Lane) { Chain = (chain, deliverable) => Delegated(manifest, manager, chain, deliverable, session.State.ServiceLine.Id) };
        foreach (var deliverable in session.State.Deliverables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (session.Parts.Limits.MaxDelegationDepth < 1)
            {
                await session.RecordSystemEventAsync("delegation", "skipped",
                    $"Delegation depth is 0: {manager} may delegate nothing and does no worker's task, so {deliverable.Type.Name} is not worked on.", deliverable.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var chain = pass.Chain!(manifest.Chain(deliverable.Type.Chain), deliverable);
            var author = chain.Steps.First(s => s.Mode == StepMode.Author);
            var brief = new HandoffRecord(manager, author.Actor, author.Task, deliverable.Id, []);
            var key = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{deliverable.Id}-{DelegateTask}-{manager}"));
            var result = await session.RunTurnAsync(
                new AgentTurn(key, manager, DelegateTask, StepMode.Plan, deliverable.Id, null, 1, ChainProtocol.Lane, brief, [], []), cancellationToken).ConfigureAwait(false);
            if (!result.Actions.Any(a => a.Action == ActionIds.AssignTask && a.Executed))
            {
                await session.RecordSystemEventAsync("delegation", "failed",
                    $"{manager} assigned no task on {deliverable.Type.Name}, so no one works on it.", deliverable.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await ChainProtocol.RunChainAsync(session, deliverable, pass, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The chain with the manager's authoring and editing steps handed to workers.</summary>
    public static ChainDefinition Delegated(FirmManifest manifest, string manager, ChainDefinition chain, DeliverableState deliverable, string serviceLine)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(deliverable);
        var writers = Writers(manifest, manager, serviceLine);
        var author = deliverable.Type.Author != manager && writers.Contains(deliverable.Type.Author)
            ? deliverable.Type.Author
            : chain.Steps.SelectMany(s => s.Actors).Concat(writers).FirstOrDefault(writers.Contains) ?? deliverable.Type.Author;
        var steps = chain.Steps.Select(step =>
        {
            if (!step.Actors.Contains(manager, StringComparer.Ordinal) || step.Mode is not (StepMode.Author or StepMode.Edit))
            {
                return step;
            }

            var pool = step.Pool.Where(a => a != manager).ToList();
            return step.Actor == manager || pool.Count == 0 ? step with { Actor = pool.Count > 0 ? pool[0] : author, Pool = pool.Count > 1 ? pool : [] } : step with { Pool = pool };
        }).ToList();
        return chain with { Steps = steps };
    }

    private static List<string> TopAgents(FirmManifest manifest) =>
        [.. manifest.Actors.Where(a => !a.IsHuman && (a.ReportsTo is null || manifest.FindActor(a.ReportsTo) is not { IsHuman: false })).Select(a => a.Id)];

    // Agents other than the manager granted submit_deliverable for this service line, in grant order.
    private static List<string> Writers(FirmManifest manifest, string manager, string serviceLine) =>
        [.. manifest.Grants
            .Where(g => g.Action == ActionIds.SubmitDeliverable && (g.Limits.ServiceLines is null || g.Limits.ServiceLines.Contains(serviceLine, StringComparer.Ordinal)))
            .SelectMany(g => g.Actors)
            .Where(a => a != manager && manifest.FindActor(a) is { IsHuman: false })
            .Distinct(StringComparer.Ordinal)];
}
