namespace NexusSim.Agents.Stub;

/// <summary>
/// The plan of the turn in progress. A turn sends the same prompt and tools on every model call
/// (only the calls made and their results grow), and the plan is a function of those, so the calls
/// after the first reuse the plan the first call made instead of drafting, repairing or judging
/// again. A first call (no call made yet) always plans afresh: a later turn with the same prompt
/// plans against the run's state as it is then. One memo per stub, which serves one engagement
/// whose turns are sequential; it holds one plan.
/// </summary>
internal sealed class TurnPlanMemo
{
    private readonly Lock _lock = new();
    private (string Prompt, IReadOnlyList<string> Tools, List<PlannedCall> Plan)? _last;

    /// <summary>The plan for <paramref name="request"/>: the remembered one when it continues the same turn, else <paramref name="plan"/>'s.</summary>
    public List<PlannedCall> For(StubRequest request, string prompt, Func<StubRequest, List<PlannedCall>> plan)
    {
        lock (_lock)
        {
            if (request.CallsMade.Count > 0
                && _last is { } last
                && string.Equals(last.Prompt, prompt, StringComparison.Ordinal)
                && last.Tools.SequenceEqual(request.ToolNames, StringComparer.Ordinal))
            {
                return last.Plan;
            }
        }

        var made = plan(request);
        lock (_lock)
        {
            _last = (prompt, request.ToolNames, made);
        }

        return made;
    }
}
