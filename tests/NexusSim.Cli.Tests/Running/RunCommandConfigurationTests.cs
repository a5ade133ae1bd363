using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Bad settings are named and exit 2; settings the run reads are part of its id.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class RunCommandConfigurationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("NexusSim__Simulation__Seed", "abc", "configuration error: setting NexusSim:Simulation:Seed: 'abc' is not a whole number.\n")]
    [InlineData("NexusSim__Simulation__MaxTurns", "many", "configuration error: setting NexusSim:Simulation:MaxTurns: 'many' is not a whole number.\n")]
    [InlineData("Serilog__MinimumLevel__Default", "Loud", "Serilog setting: The value Loud is not a valid Serilog level.")]
    [InlineData("NexusSim__Stub__Qualty__Cliche", "0.1", "unknown setting 'Qualty' under NexusSim:Stub. Did you mean 'Quality'? The keys of NexusSim:Stub are: ")]
    [InlineData("NexusSim__Simulation__Sed", "1", "unknown setting 'Sed'")]
    [InlineData("NexusSim__Simulaton__Seed", "3", "NexusSim:Simulaton is not a setting nexussim reads. Did you mean 'NexusSim:Simulation'?")]
    [InlineData("NexusSim__Stubb__Quality__Cliche", "0.1", "NexusSim:Stubb is not a setting nexussim reads. Did you mean 'NexusSim:Stub'?")]
    [InlineData("NexusSim__Telemetry__On", "1", "NexusSim:Telemetry is not a setting nexussim reads. The sections are ")]
    [InlineData("NexusSim__Pricing__Models__gpt-4o__InputPerMillionUsd", "-1", "NexusSim:Pricing:Models:gpt-4o:InputPerMillionUsd is -1; a price cannot be negative.")]
    [InlineData("NexusSim__Pricing__Models__gpt-4o__InputPerMilionUsd", "1", "unknown setting 'InputPerMilionUsd'. Did you mean 'InputPerMillionUsd'?")]
    [InlineData("NexusSim__Simulation__MaxTurn", "1", "unknown setting 'MaxTurn' under NexusSim:Simulation. Did you mean 'MaxTurns'?")]
    [InlineData("NexusSim__Pricing__Models__gpt-4o__OutputPerMillionUsd", "cheap", "configuration error: setting NexusSim:Pricing:Models:gpt-4o:OutputPerMillionUsd: 'cheap' is not a number.\n")]
    public async Task Run_BadSetting_ExitsTwoNamingTheSetting(string variable, string value, string expected)
    {
        using var environment = new EnvironmentScope((variable, value));

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration error: ", result.Output, StringComparison.Ordinal);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadProtocolSetting_IsReportedAsTheSettingNotTheOption()
    {
        using var environment = new EnvironmentScope(("NexusSim__Simulation__Protocol", "nope"));

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: setting NexusSim:Simulation:Protocol: unknown protocol 'nope'", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--protocol:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NexusSim__Simulation__MaxTurns", "5")]
    [InlineData("NexusSim__Stub__Quality__Cliche", "0.9")]
    [InlineData("NexusSim__Stub__ReviewerFallibility", "0.5")]
    [InlineData("NexusSim__Simulation__MaxRetries", "1")]
    public async Task Run_SettingChanged_GetsAnotherRunIdAndKeepsTheFirstRun(string variable, string value)
    {
        var first = await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        var firstId = RunOutput.Single(Out).RunId;
        var firstSummary = await File.ReadAllTextAsync(Path.Combine(Out, firstId, "summary.json"));

        using (new EnvironmentScope((variable, value)))
        {
            await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        }

        Assert.Equal(0, first.ExitCode);
        var runs = Directory.GetDirectories(Out).Select(Path.GetFileName).ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(firstSummary, await File.ReadAllTextAsync(Path.Combine(Out, firstId, "summary.json")));
        var other = RunOutput.At(Path.Combine(Out, runs.Single(r => r != firstId)!));
        Assert.Equal(value, other.Summary.GetProperty("settings").GetProperty(variable.Replace("__", ":", StringComparison.Ordinal)).GetString());
    }

    [Fact]
    public async Task Run_ConfigFile_OverridesTheEnvironmentAndIsRecorded()
    {
        using var environment = new EnvironmentScope(("NexusSim__Simulation__MaxTurns", "7"));
        var config = _temp.Combine("settings.json");
        await File.WriteAllTextAsync(config, "{ \"NexusSim\": { \"Simulation\": { \"MaxTurns\": 5 } } }");

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--config", config);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(Out);
        Assert.Equal("turn_limit", run.Text("status"));
        Assert.Equal("5", run.Summary.GetProperty("settings").GetProperty("NexusSim:Simulation:MaxTurns").GetString());
    }

    [Theory]
    [InlineData("missing.json", "--config: no settings file")]
    [InlineData("bad.json", "bad.json:3: not valid JSON settings")] // the line the JSON reader stopped at
    [InlineData("unknown.json", "unknown setting 'Sede'")]
    [InlineData("folder", "folder' is a folder, not a regular file: a file is expected here.")]
    public async Task Run_BadConfigFile_ExitsTwoNamingIt(string name, string expected)
    {
        Directory.CreateDirectory(_temp.Combine("folder"));
        await File.WriteAllTextAsync(_temp.Combine("bad.json"), "{\n  \"NexusSim\":\n    not json\n}\n");
        await File.WriteAllTextAsync(_temp.Combine("unknown.json"), "{ \"NexusSim\": { \"Simulation\": { \"Sede\": 5 } } }");

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--config", _temp.Combine(name));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Run_UnknownVerbosity_ExitsTwoListingTheLevels()
    {
        var result = await CliRunner.RunAsync("run", "-v", "loud");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --verbosity: 'loud' is not a level; use quiet, minimal, normal, detailed or diagnostic.\n", result.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u000A", result.Output, StringComparison.Ordinal);
    }
}
