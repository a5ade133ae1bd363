using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>
/// An error that quotes what the user gave (an option's value, a path, a manifest value) prints it
/// neutralised and uninterpreted, as the live view prints a brief's text: a terminal escape shows
/// as <c>\u001B</c>, and an emoji code (<c>:fire:</c>) or markup (<c>[red]</c>) as written.
/// </summary>
public sealed class HostileErrorTextTests : IDisposable
{
    private const string Hostile = "x\u001b[2J :fire: [red]y[/]";
    private const string Shown = "x\\u001B[2J :fire: [red]y[/]";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> OptionValues => new()
    {
        { new[] { "run", "--quiet", "--out", "{out}", "--service-line", Hostile } },
        { new[] { "validate", "--protocol", Hostile } },
        { new[] { "runs", "show", "--out", "{temp}", Hostile } },
        { new[] { Hostile } },
    };

    [Theory]
    [MemberData(nameof(OptionValues))]
    public async Task Verb_ErrorQuotingAHostileValue_PrintsItNeutralisedAndAsWritten(string[] args)
    {
        var result = await CliRunner.RunAsync([.. args.Select(a => a.Replace("{out}", _temp.Combine("out"), StringComparison.Ordinal).Replace("{temp}", _temp.Path, StringComparison.Ordinal))]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Shown, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain("\U0001F525", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManifestValueWithEscapeAndEmojiCode_ErrorQuotesItNeutralised()
    {
        var manifest = _temp.Combine("manifest.yaml");
        await File.WriteAllTextAsync(manifest, "schema_version: 1\nfirm: \"x\\e[2J :fire: [red]y[/]\"\n");

        var result = await CliRunner.RunAsync("validate", manifest);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("found the value '" + Shown + "'", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain("\U0001F525", result.Output, StringComparison.Ordinal);
    }
}
