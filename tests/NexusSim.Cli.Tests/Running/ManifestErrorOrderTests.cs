using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>A manifest with errors: each verb that loads it prints the errors first and its closing line after them.</summary>
public sealed class ManifestErrorOrderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("experiment", "The manifest '")]
    [InlineData("experiment", "Nothing was run.")]
    [InlineData("run", "The manifest '")]
    [InlineData("run", "Nothing was run.")]
    [InlineData("validate", "; nothing was run.")]
    public async Task Verb_ManifestWithADuplicatedActor_PrintsTheErrorsBeforeItsClosingLines(string verb, string closing)
    {
        var firm = DuplicatedActorFirm();
        string[] args = verb switch
        {
            "experiment" => ["experiment", "--seeds", "1", "--manifest", firm, "--out", _temp.Combine("exp")],
            "run" => ["run", "--manifest", firm, "--out", _temp.Combine("out")],
            _ => ["validate", firm],
        };

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var error = result.Output.IndexOf("NX0020", StringComparison.Ordinal);
        Assert.True(error >= 0, "the duplicate actor error (NX0020) is printed");
        Assert.True(result.Output.IndexOf(closing, StringComparison.Ordinal) > error, $"'{closing}' is printed after the errors:\n{result.Output}");
        Assert.DoesNotContain("listed above", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ManifestWithErrors_SaysNothingWasRunOnceAndNamesTheManifestNotOneOfItsFiles()
    {
        var firm = DuplicatedActorFirm();

        var result = await CliRunner.RunAsync(["run", "--manifest", firm, "--out", _temp.Combine("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Output, "nothing was run", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.DoesNotContain("in manifest.yaml; nothing was run", result.Output, StringComparison.Ordinal);
        Assert.Matches("The manifest '" + System.Text.RegularExpressions.Regex.Escape(firm) + @"' has (1 error, printed|\d+ errors, each printed) with its file, line and fix", result.Output);
        Assert.DoesNotContain("(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_TwoProtocolsOnAFirmWithErrors_EachErrorOnceWithTheCellsItStops()
    {
        var firm = DuplicatedActorFirm();

        var result = await CliRunner.RunAsync(["experiment", "--seeds", "1", "--protocol", "chain,parallel", "--manifest", firm, "--out", _temp.Combine("exp")]);

        Assert.Equal(2, result.ExitCode);
        var duplicate = System.Text.RegularExpressions.Regex.Matches(result.Output, "NX0020");
        Assert.Single(duplicate);
        Assert.Contains("In 2 cells (the cell protocol chain,", result.Output, StringComparison.Ordinal);
    }

    // A copy of the five-agent firm whose second agent takes the first agent's id.
    private string DuplicatedActorFirm()
    {
        var directory = _temp.Combine("firm");
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, directory);
        var lines = File.ReadAllLines(manifest);
        var agents = Array.FindIndex(lines, l => l.StartsWith("agents:", StringComparison.Ordinal));
        var ids = Enumerable.Range(agents + 1, lines.Length - agents - 1).Where(i => lines[i].StartsWith("  - id: ", StringComparison.Ordinal)).Take(2).ToArray();
        Assert.Equal(2, ids.Length);
        lines[ids[1]] = lines[ids[0]];
        File.WriteAllLines(manifest, lines);
        return directory;
    }
}
