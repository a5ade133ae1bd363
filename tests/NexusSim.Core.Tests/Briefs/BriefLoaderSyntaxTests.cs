using NexusSim.Core.Briefs;

namespace NexusSim.Core.Tests.Briefs;

public sealed class BriefLoaderSyntaxTests
{
    [Fact]
    public void Load_UnclosedFlowListBeforeAnotherField_ReportsAnErrorAtItsLine()
    {
        var result = BriefLoader.Load("client: [unclosed\nindustry: banking\n", "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.False(result.IsValid);
        Assert.Equal(1, error.Line);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedQuote_ReportsYamlSyntaxError()
    {
        var result = BriefLoader.Load("client: \"open\n", "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
    }
}
