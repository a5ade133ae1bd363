using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Core.Tests.Manifest;

/// <summary>The distance every "did you mean" hint measures with: a keyboard typo is one edit, case is none.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("seed", "seed", 0)]
    [InlineData("Seed", "seed", 0)]
    [InlineData("sede", "seed", 1)]
    [InlineData("breif", "brief", 1)]
    [InlineData("seeed", "seed", 1)]
    [InlineData("sed", "seed", 1)]
    [InlineData("quite", "quiet", 1)]
    [InlineData("manifest", "seed", 7)]
    public void Between_Words_CountsEditsTranspositionsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Fact]
    public void Find_TransposedKey_SuggestsTheKey() =>
        Assert.Equal("reports_to", NearestName.Find("reprots_to", ["reports_to", "tier", "title"]));
}
