using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// G1-style analytical integrity, written from the rubric "data, method, sources; every number
/// traceable": derived figures recompute from the parts the deliverable states (averages and totals,
/// see <see cref="AggregateRules"/>; payback, NPV and IRR, see <see cref="InvestmentRules"/>) and each
/// citation's source supports its figure (<see cref="CitationSupportRules"/>). The Sources section is
/// read only to learn what each source is.
/// </summary>
public sealed class AnalyticsCheck : IDeliverableCheck
{
    /// <inheritdoc />
    public CheckKind Kind => CheckKind.Analytics;

    /// <inheritdoc />
    public IReadOnlyList<GateIssue> Check(CheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reading = input.Reading;
        var issues = new List<GateIssue>();
        foreach (var section in reading.BodySections)
        {
            issues.AddRange(section.Arithmetic);
        }

        issues.AddRange(CitationSupportRules.Check(reading, input.Brief is { } brief ? input.Readings.BriefFigures(brief, CitationSupportRules.BriefValues) : null));
        return issues;
    }
}
