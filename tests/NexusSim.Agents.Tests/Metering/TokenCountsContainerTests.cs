using Microsoft.Extensions.DependencyInjection;
using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Tests.Metering;

public sealed class TokenCountsContainerTests
{
    [Fact]
    public void AddNexusSimAgents_TwoContainers_EachHasItsOwnMemoriesAndOneContainerHasOne()
    {
        using var first = new ServiceCollection().AddNexusSimAgents().AddNexusSimAgents().BuildServiceProvider();
        using var second = new ServiceCollection().AddNexusSimAgents().BuildServiceProvider();
        var a = first.GetRequiredService<TokenCounts>();
        var b = second.GetRequiredService<TokenCounts>();

        a.CountTool("submit_deliverable: hands a draft to the next step");

        Assert.Same(a, first.GetRequiredService<TokenCounts>());
        Assert.NotSame(a, b);
        Assert.Equal(1, a.ToolEntries);
        Assert.Equal(0, b.ToolEntries);
        Assert.Equal(0, b.Lines.Remembered);
        Assert.True(a.Lines.Remembered > 0);
    }

    [Fact]
    public void Count_TextChangedInOneLine_CountsTheChangedTextNotTheRememberedOne()
    {
        var shared = new TokenCounts();
        var before = "Brief: retail bakery.\nBudget: 40,000 USD.\nDeadline: six weeks.\n";
        var after = before.Replace("40,000 USD", "forty thousand US dollars across three regional budgets", StringComparison.Ordinal);
        Assert.Equal(TokenCounter.Count(before), new TokenCountCache(shared).Count(before));

        var counted = new TokenCountCache(shared).Count(after);

        Assert.Equal(TokenCounter.Count(after), counted);
        Assert.NotEqual(TokenCounter.Count(before), counted);
    }
}
