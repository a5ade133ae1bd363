namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// Every owner of a gate holds a grant for what the gate asks of them: <c>record_gate_verdict</c>
/// for a review gate, <c>approve</c> for an approval gate. Without it every verdict or sign-off by
/// that owner would be denied at run time.
/// </summary>
internal static class GateOwnerGrantRule
{
    public static void Check(RuleContext context)
    {
        var draft = context.Draft;
        if (!draft.Sections.Contains("grants"))
        {
            return;
        }

        foreach (var gate in draft.Gates)
        {
            var action = gate.Kind == GateKind.Approval ? ActionIds.Approve : ActionIds.RecordGateVerdict;
            for (var i = 0; i < gate.Owners.Count; i++)
            {
                var owner = gate.Owners[i];
                if (owner.Length == 0 || !context.ActorIds.Contains(owner, StringComparer.Ordinal)
                    || draft.Grants.Any(g => g.Action == action && g.Actors.Contains(owner, StringComparer.Ordinal)))
                {
                    continue;
                }

                var kind = gate.Kind == GateKind.Approval ? "an approval" : "a review";
                context.Diagnostics.Add(context.AtItem(gate, "owners", i, gate.Location), ErrorCodes.GateOwnerNotGranted,
                    $"Gate '{gate.Id}' is {kind} gate owned by '{owner}', but no grant of {action} lists '{owner}', so every verdict '{owner}' gives would be denied.",
                    $"Add '{owner}' to a grant of {action}, or remove '{owner}' from the owners of '{gate.Id}'.");
            }
        }
    }
}
