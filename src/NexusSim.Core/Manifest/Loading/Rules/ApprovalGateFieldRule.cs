namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// An approval gate is decided by its human through the approver: it runs no deterministic checks
/// and always blocks release, so <c>checks</c> and <c>blocking: false</c> on it would be read and
/// ignored. Both are refused, naming the gate.
/// </summary>
internal static class ApprovalGateFieldRule
{
    public static void Check(RuleContext context)
    {
        foreach (var gate in context.Draft.Gates.Where(g => g.Kind == GateKind.Approval && g.Id.Length > 0))
        {
            if (gate.Checks.Count > 0)
            {
                context.Diagnostics.Add(context.At(gate, "checks", gate.Location), ErrorCodes.ApprovalGateField,
                    $"Approval gate '{gate.Id}' lists checks, but an approval gate runs none: its human decides through the approver.",
                    $"Remove 'checks' from '{gate.Id}', or put the checks on a review gate run before the approval.");
            }

            if (!gate.Blocking)
            {
                context.Diagnostics.Add(context.At(gate, "blocking", gate.Location), ErrorCodes.ApprovalGateField,
                    $"Approval gate '{gate.Id}' has blocking: false, but an approval gate always blocks release (nothing is released without it).",
                    $"Remove 'blocking: false' from '{gate.Id}', or make it an advisory review gate (kind: review, blocking: false).");
            }
        }
    }
}
