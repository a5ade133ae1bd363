using NexusSim.Agents.Prompts;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Prompts;

public sealed class RenderedBriefTests
{
    [Fact]
    public void For_SameBriefAgain_SameTextInstanceAsRenderedOnce()
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest);
        var rendered = new RenderedBrief();

        var first = rendered.For(engagement.Brief);
        var again = rendered.For(engagement.Brief);

        Assert.Same(first, again);
        Assert.Equal(BriefBlock.Render(engagement.Brief) + "\n", first);
    }

    [Fact]
    public void For_AnotherBrief_RenderedAnew()
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest);
        var rendered = new RenderedBrief();
        var other = engagement.Brief with { Client = "Another Client Ltd" };

        rendered.For(engagement.Brief);
        var text = rendered.For(other);

        Assert.Equal(BriefBlock.Render(other) + "\n", text);
        Assert.Contains("Another Client Ltd", text, StringComparison.Ordinal);
    }
}
