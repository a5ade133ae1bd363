using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols;

public sealed class TurnUsageTests
{
    [Fact]
    public void Add_UsagesWithRetries_SumsEveryFigureRetriesIncluded()
    {
        var first = new TurnUsage(2, 100, 20, 1.5) { Retries = 1 };
        var second = new TurnUsage(1, 50, 5, 0.5) { Retries = 2 };

        var sum = first.Add(second).Add(TurnUsage.Zero);

        Assert.Equal(new TurnUsage(3, 150, 25, 2.0) { Retries = 3 }, sum);
        Assert.NotEqual(new TurnUsage(3, 150, 25, 2.0), sum);
    }
}
