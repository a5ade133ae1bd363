using NexusSim.Core.Files;

namespace NexusSim.Core.Tests.Files;

/// <summary>Bad YAML comes back as an error with a position, including the flow collection YamlDotNet's scanner gives up on without one.</summary>
public sealed class YamlStreamLoaderTests
{
    [Theory]
    [InlineData("protocols: [chain\nseeds: 1..2\n")] // YamlDotNet throws InvalidOperationException here
    [InlineData("gates: [off\nmax_attempts: 2\n")]
    [InlineData("- [unclosed\n- deliverable: x\n")]
    public void Load_FlowListLeftOpenBeforeTheNextKey_ErrorNotException(string text)
    {
        var stream = YamlStreamLoader.Load(new StringReader(text), out var error);

        Assert.Null(stream);
        Assert.NotNull(error);
        Assert.Contains("is not closed", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1, $"line {error.Line}");
    }

    [Fact]
    public void Load_QuoteLeftOpen_YamlDotNetsMessageAndPosition()
    {
        var stream = YamlStreamLoader.Load(new StringReader("a: 1\nb: \"open\n"), out var error);

        Assert.Null(stream);
        Assert.Equal(2, error!.Line);
        Assert.Equal("Fix the YAML syntax at that line.", error.Fix);
    }

    [Fact]
    public void Load_ValidText_StreamAndNoError()
    {
        var stream = YamlStreamLoader.Load(new StringReader("a: [1, 2]\n"), out var error);

        Assert.NotNull(stream);
        Assert.Null(error);
        Assert.Single(stream.Documents);
    }
}
