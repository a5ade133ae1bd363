using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Everything an action body can change in an engagement, as text (denials and escalations left out: a denial adds those on purpose).</summary>
internal static class StateFingerprint
{
    public static string Of(EngagementState state)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"accepted={state.AcceptedBy};fee={state.FeeUsd};committed={state.CommittedBudgetUsd};handoffs={state.Handoffs.Count}\n");
        foreach (var (term, definition) in state.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"term {term}={definition}\n");
        }

        foreach (var d in state.Deliverables)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Id}:{d.Status};versions={string.Join(",", d.Versions.Select(v => v.ContentHash))};verdicts={d.Verdicts.Count};")
                .Append(CultureInfo.InvariantCulture, $"gates={d.GatesPassedHash};requester={d.ApprovalRequester};approval={d.Approval};released={d.ReleasedHash}\n");
        }

        return text.ToString();
    }
}
