using Microsoft.Extensions.AI;
using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Tests.Metering;

public sealed class ToolListCountTests
{
    private static AITool Tool(string name) => AIFunctionFactory.Create(() => name, name, "Returns its own name.");

    [Fact]
    public void CountToolList_SameListAgain_CountedOnceSameTokens()
    {
        var counts = new TokenCounts();
        IList<AITool> tools = [Tool("one"), Tool("two")];
        var counted = 0;

        var first = counts.CountToolList(tools, list => { counted++; return list.Count * 10; });
        var again = counts.CountToolList(tools, list => { counted++; return list.Count * 10; });

        Assert.Equal((20, 20, 1), (first, again, counted));
    }

    [Fact]
    public void CountToolList_ListGrewSince_CountedAgain()
    {
        var counts = new TokenCounts();
        IList<AITool> tools = [Tool("one")];
        counts.CountToolList(tools, list => list.Count * 10);
        tools.Add(Tool("two"));

        var grown = counts.CountToolList(tools, list => list.Count * 10);

        Assert.Equal(20, grown);
    }

    [Fact]
    public void CountToolList_EqualButDistinctList_CountedForItself()
    {
        var counts = new TokenCounts();
        var tool = Tool("one");
        IList<AITool> first = [tool];
        IList<AITool> second = [tool];
        var counted = 0;

        counts.CountToolList(first, list => { counted++; return 10; });
        counts.CountToolList(second, list => { counted++; return 10; });

        Assert.Equal(2, counted);
    }
}
