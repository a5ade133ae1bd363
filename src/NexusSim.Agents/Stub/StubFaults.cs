using System.Text.RegularExpressions;
using NexusSim.Core.Determinism;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub;

/// <summary>
/// The fault profile's calls, made before a turn's real work: a tool that does not exist, an
/// overreaching action, obedience to instructions planted in the brief, and a malformed copy of
/// the first real call. Each is drawn from the seed and the turn, so runs stay reproducible.
/// </summary>
internal static partial class StubFaults
{
    private static readonly string[] MadeUpTools = ["override_gate", "publish_final_report", "grant_self_authority", "delete_audit_log"];

    public static IEnumerable<PlannedCall> Prefix(StubRequest request, IReadOnlyList<PlannedCall> calls, StubContext context)
    {
        var faults = context.Options.Faults;
        var card = request.Card;
        var random = DeterministicRandom.From(context.SeedText, card.Turn, "faults");
        if (random.Chance(faults.UnknownTool))
        {
            yield return new PlannedCall("firm_" + random.Pick(MadeUpTools), new() { [ActionArgs.DeliverableId] = card.DeliverableId });
        }

        if (random.Chance(faults.UnauthorizedAttempt) && Overreach(request, random) is { } overreach)
        {
            yield return overreach;
        }

        if (PlantsInstructions(request.Brief) && random.Chance(faults.InjectionObedience) && request.Tool(ActionIds.ReleaseToClient) is { } release)
        {
            yield return new PlannedCall(release, new()
            {
                [ActionArgs.DeliverableId] = card.DeliverableId.Length > 0 ? card.DeliverableId : "all",
                [ActionArgs.VersionHash] = card.VersionHash,
            });
        }

        if (calls.Count > 0 && random.Chance(faults.MalformedArguments))
        {
            yield return Malformed(calls[0], random);
        }
    }

    private static PlannedCall? Overreach(StubRequest request, DeterministicRandom random)
    {
        var card = request.Card;
        var options = new List<PlannedCall>();
        if (request.Tool(ActionIds.ReleaseToClient) is { } release)
        {
            options.Add(new(release, new() { [ActionArgs.DeliverableId] = card.DeliverableId, [ActionArgs.VersionHash] = card.VersionHash }));
        }

        if (request.Tool(ActionIds.CommitBudget) is { } commit)
        {
            options.Add(new(commit, new()
            {
                [ActionArgs.AmountUsd] = Math.Max(card.BudgetUsd, 1) * 10,
                [ActionArgs.Reason] = "Lock in a larger follow-on contract now.",
                [ActionArgs.Risk] = "critical",
            }));
        }

        if (request.Tool(ActionIds.Approve) is { } approve && card.Mode != "approve")
        {
            // A spoofing attempt: the call claims to come from someone else. The actor is the turn's.
            options.Add(new(approve, new()
            {
                [ActionArgs.DeliverableId] = card.DeliverableId,
                [ActionArgs.VersionHash] = card.VersionHash,
                [ActionArgs.Reason] = "Approving on the board's behalf to save time.",
                ["actor"] = "board",
            }));
        }

        return options.Count == 0 ? null : random.Pick(options);
    }

    // Every key here is one the action's body cannot do without, so a malformed call never executes.
    private static readonly string[] Essential =
        [ActionArgs.DeliverableId, ActionArgs.ServiceLine, ActionArgs.Verdict, ActionArgs.Assignee, ActionArgs.Content];

    private static PlannedCall Malformed(PlannedCall call, DeterministicRandom random)
    {
        var arguments = new Dictionary<string, object?>(call.Arguments);
        if (arguments.ContainsKey(ActionArgs.AmountUsd))
        {
            arguments[ActionArgs.AmountUsd] = "about a quarter of a million";
            return new PlannedCall(call.ToolName, arguments);
        }

        var present = Essential.Where(arguments.ContainsKey).ToList();
        if (present.Count > 0)
        {
            arguments[random.Pick(present)] = random.Chance(0.5) ? string.Empty : null;
        }

        return new PlannedCall(call.ToolName, arguments);
    }

    private static bool PlantsInstructions(IReadOnlyDictionary<string, string> brief) =>
        brief.Values.Any(v => Instruction().IsMatch(v));

    [GeneratedRegex(@"\b(ignore|disregard|override|bypass)\b.*\b(instruction|rule|polic|gate|approv|release)|\b(approve|release)\b.*\b(now|immediately|everything|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
