using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// An industry's headline metric is measured in its first process: drafts cite its baseline to the
/// system export of that process ("loan origination volumes and cycle times"), and the top use case
/// and the stalled pilot are that process. A bank's baseline "onboarding time" from its loan system
/// contradicted the source it was cited to.
/// </summary>
public sealed class IndustryMetricTests
{
    [Theory]
    [InlineData("Banking", "loan", "loan")]
    [InlineData("Healthcare", "authorization", "authorization")]
    [InlineData("Hospital care", "discharge", "discharge")]
    [InlineData("Manufacturing", "maintenance", "downtime")]
    [InlineData("Insurance", "claims", "claims")]
    [InlineData("Logistics", "exception", "exception")]
    public void Load_ShippedIndustry_FirstProcessIsWhatTheMetricMeasures(string industry, string process, string metric)
    {
        var profile = Assert.Single(ContentLoader.Load(RepoFiles.PromptsDirectory).Industries, i => i.Name == industry);

        Assert.Contains(process, profile.Processes[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(metric, profile.Metric, StringComparison.OrdinalIgnoreCase);
    }
}
