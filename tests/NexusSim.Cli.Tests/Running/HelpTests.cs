using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Help is written by System.CommandLine to Console.Out (not the Spectre console), so these tests capture Console.Out.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class HelpTests
{
    [Fact]
    public async Task RunHelp_Asked_ExitsZeroListingEveryOption()
    {
        string[] options = ["--brief", "--service-line", "--seed", "--protocol", "--approver", "--out", "--provider", "--manifest", "--run-id", "--faults", "--quiet"];

        var (exit, help) = await HelpAsync("run", "--help");

        Assert.Equal(0, exit);
        Assert.All(options, option => Assert.Contains(option, help, StringComparison.Ordinal));
        Assert.Contains("reject-all", help, StringComparison.Ordinal);
        Assert.All(["report.html", ".docx", "transcript.jsonl", "summary.json", "audit.jsonl", "run.db"], file => Assert.Contains(file, help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditVerifyHelp_Asked_ExitsZeroListingTheArgumentAndOptions()
    {
        var (exit, help) = await HelpAsync("audit", "verify", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("<run>", help, StringComparison.Ordinal);
        Assert.Contains("--out", help, StringComparison.Ordinal);
        Assert.Contains("--help", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExperimentHelp_Asked_NamesEverythingAnExperimentWritesIntoItsFolder()
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("exp");
        var experiment = await CliRunner.RunAsync("experiment", "--seeds", "1", "--manifest", Paths.FiveAgentFirm, "--keep-runs", "--out", folder);

        var (exit, help) = await HelpAsync("experiment", "--help");

        Assert.Equal(0, experiment.ExitCode);
        Assert.Equal(0, exit);
        var written = Directory.GetFileSystemEntries(folder).Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : string.Empty)).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, name => Assert.Contains(name, help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExperimentHelp_Asked_SaysWhatFileAndDirAre()
    {
        var (exit, help) = await HelpAsync("experiment", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("FILE, optional, is an experiment file (YAML)", help, StringComparison.Ordinal);
        Assert.Contains("Writes into the experiment folder DIR (--out DIR, default experiment-out):", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootHelp_Asked_BracketsTheArgumentsAVerbCanRunWithout()
    {
        var (exit, help) = await HelpAsync("--help");

        Assert.Equal(0, exit);
        var rows = help.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(rows, r => r.StartsWith("experiment [<FILE>] ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("validate [<path>] ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("init <dir> ", StringComparison.Ordinal)); // required: no brackets
        Assert.Contains(rows, r => r.StartsWith("report <run> ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExperimentHelp_Asked_SaysTheOptionsNameTheAxesWithoutAFile()
    {
        var (exit, help) = await HelpAsync("experiment", "--help");

        Assert.Equal(0, exit);
        Assert.Contains(" experiment [<FILE>] [options]", help, StringComparison.Ordinal);
        Assert.Contains("The options name them; FILE, optional, is an experiment file (YAML) naming them instead", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_Asked_SaysStubModelOnceInTheDescription()
    {
        var (exit, help) = await HelpAsync("run", "--help");

        Assert.Equal(0, exit);
        var description = help[..help.IndexOf("Usage:", StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(description, "on the stub model"));
        Assert.Contains("with the stub, ground-truth.json", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_SeedSetInTheEnvironment_ShowsThatAsTheDefault()
    {
        using var environment = new EnvironmentScope(("NexusSim__Simulation__Seed", "9"));

        var (_, help) = await HelpAsync("run", "--help");

        Assert.Contains("(default 9, NexusSim:Simulation:Seed)", string.Join(' ', help.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunHelp_ConfigFileOnTheCommandLine_ShowsItsValuesAsTheDefaults(bool equalsForm)
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("study.json");
        await File.WriteAllTextAsync(file, "{ \"NexusSim\": { \"Simulation\": { \"Seed\": 77, \"Protocol\": \"debate\" } } }");
        string[] args = equalsForm ? ["--config=" + file, "run", "--help"] : ["--config", file, "run", "--help"];

        var (exit, help) = await HelpAsync(args);

        var flat = string.Join(' ', help.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, exit);
        Assert.Contains("(default 77, NexusSim:Simulation:Seed)", flat, StringComparison.Ordinal);
        Assert.Contains("(default debate, NexusSim:Simulation:Protocol)", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_ConfigFileThatIsNotJson_StillShowsHelpWithTheOtherDefaults()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("broken.json");
        await File.WriteAllTextAsync(file, "{ not json");

        var (exit, help) = await HelpAsync("--config", file, "run", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("NexusSim:Simulation:Seed)", help.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("experiment")]
    public async Task Help_RunOrExperiment_ListsEveryProtocolSettingKeyAndScenarioTheInputAccepts(string verb)
    {
        var (_, help) = await HelpAsync(verb, "--help");

        var flat = string.Join(' ', help.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(NexusSim.Cli.Running.ProtocolRegistry.Shipped().Names, name => Assert.Contains(name, flat, StringComparison.Ordinal));
        Assert.All(NexusSim.Core.Manifest.Variants.ManifestVariant.Keys, key => Assert.Contains(key, flat, StringComparison.Ordinal));
        Assert.All(NexusSim.Core.Manifest.Variants.FailureScenarios.Names, name => Assert.Contains(name, flat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_Run_ListsEveryApprovalPolicyTheApproverAccepts()
    {
        var (_, help) = await HelpAsync("run", "--help");

        var flat = string.Join(' ', help.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(NexusSim.Core.Approvals.PolicyApprover.Names, name => Assert.Contains(name, flat, StringComparison.Ordinal));
        Assert.Contains("file:PATH", flat, StringComparison.Ordinal);
    }

    /// <summary>Every verb's path (e.g. ["audit", "verify"]), read from the command tree the CLI builds.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        void Walk(System.CommandLine.Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                var subPath = (path + " " + sub.Name).Trim();
                data.Add(subPath);
                Walk(sub, subPath);
            }
        }

        Walk(NexusSim.Cli.Commands.RootCommandFactory.Create(new TestConsole().Console), string.Empty);
        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_AnyVerb_StatesEachDefaultOnceInTheDescription(string verb)
    {
        var (exit, help) = await HelpAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("[default:", help, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Help)> HelpAsync(params string[] args)
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            var result = await CliRunner.RunAsync(new TestConsole(), args, CancellationToken.None);
            return (result.ExitCode, captured + result.Output);
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
