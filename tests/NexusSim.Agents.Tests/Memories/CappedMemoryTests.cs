using NexusSim.Agents.Memories;

namespace NexusSim.Agents.Tests.Memories;

public sealed class CappedMemoryTests
{
    [Fact]
    public void Add_PastTheCapacity_EmptiesTheMemoryThenKeepsTheNewEntry()
    {
        var memory = new CappedMemory<string, int>(3, StringComparer.Ordinal);
        memory.Add("a", 1);
        memory.Add("b", 2);
        memory.Add("c", 3);

        memory.Add("d", 4);

        Assert.Equal(1, memory.Count);
        Assert.False(memory.TryGetValue("a", out _));
        Assert.True(memory.TryGetValue("d", out var d));
        Assert.Equal(4, d);
    }

    [Fact]
    public void Add_KeyAlreadyRemembered_GivesTheRememberedValueAndCountsItOnce()
    {
        var memory = new CappedMemory<string, string>(8);

        var first = memory.Add("k", "first");
        var second = memory.Add("k", "second");

        Assert.Equal("first", first);
        Assert.Same(first, second);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void GetAlternateLookup_FindsAStringKeyBySpan()
    {
        var memory = new CappedMemory<string, int>(8, StringComparer.Ordinal);
        memory.Add("line", 7);

        var lookup = memory.GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.True(lookup.TryGetValue("a line".AsSpan(2), out var count));
        Assert.Equal(7, count);
    }

    [Fact]
    public void New_CapacityBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CappedMemory<string, int>(0));
}
