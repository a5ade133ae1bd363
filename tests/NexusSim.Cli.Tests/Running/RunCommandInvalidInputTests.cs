using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Bad input exits 2, names the option or field, and writes nothing under --out.</summary>
public sealed class RunCommandInvalidInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_MalformedBriefYaml_ExitsTwoNamingTheBrief()
    {
        var brief = WriteBrief("broken.yaml", "client: Acme: Corp\nindustry: banking\n");

        var result = await CliRunner.RunEngagementAsync(Out, "--brief", brief);

        AssertRejected(result, "broken.yaml", "YAML syntax error");
    }

    [Fact]
    public async Task Run_BriefWithUnclosedFlowList_ExitsTwoNamingTheBrief()
    {
        var brief = WriteBrief("unclosed.yaml", "client: [unclosed\nindustry: banking\n");

        var result = await CliRunner.RunEngagementAsync(Out, "--brief", brief);

        AssertRejected(result, "unclosed.yaml:1:", "not closed");
    }

    [Fact]
    public async Task Run_SeedNotANumber_ExitsTwoNamingTheOption()
    {
        var result = await CliRunner.RunEngagementAsync(Out, "--seed", "minus-one");

        AssertRejected(result, "--seed", "minus-one");
    }

    [Fact]
    public async Task Run_BriefMissingField_ExitsTwoNamingTheField()
    {
        var text = string.Join('\n', File.ReadAllLines(DefaultBrief).Where(l => !l.StartsWith("industry:", StringComparison.Ordinal)));
        var brief = WriteBrief("no-industry.yaml", text);

        var result = await CliRunner.RunEngagementAsync(Out, "--brief", brief);

        AssertRejected(result, "no-industry.yaml", "Required field 'industry' is missing");
    }

    [Fact]
    public async Task Run_BriefOver64KB_ExitsTwoNamingTheLimit()
    {
        var text = File.ReadAllText(DefaultBrief) + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding padding\n", 1200));
        var brief = WriteBrief("huge.yaml", text);

        var result = await CliRunner.RunEngagementAsync(Out, "--brief", brief);

        Assert.True(new FileInfo(brief).Length > 64 * 1024);
        AssertRejected(result, "huge.yaml", "at most 65,536 bytes");
    }

    [Fact]
    public async Task Run_UnknownServiceLine_ExitsTwoNamingTheOption()
    {
        var result = await CliRunner.RunEngagementAsync(Out, "--service-line", "moon_landing");

        AssertRejected(result, "--service-line", "moon_landing");
    }

    [Theory]
    [InlineData("--service-line", "readiness_assesment", "Did you mean 'readiness_assessment'?")]
    [InlineData("--scenario", "terminology_drif", "Did you mean 'terminology_drift'?")]
    [InlineData("--scenario", "role_drift:uncaugh", "Did you mean 'role_drift:uncaught'?")]
    public async Task Run_MisspeltName_ExitsTwoWithTheNearestName(string option, string value, string guess)
    {
        var result = await CliRunner.RunEngagementAsync(Out, option, value);

        AssertRejected(result, $"{option}: '{value}'", guess);
    }

    [Fact]
    public async Task Run_BriefWithMisspeltServiceLine_ExitsTwoWithTheNearestLine()
    {
        var text = File.ReadAllText(DefaultBrief).Replace("service_line: readiness_assessment", "service_line: readiness_asessment", StringComparison.Ordinal);
        var brief = WriteBrief("typo.yaml", text);

        var result = await CliRunner.RunEngagementAsync(Out, "--brief", brief);

        var line = text[..text.IndexOf("service_line:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        AssertRejected(result, $"typo.yaml:{line}:15: service_line: 'readiness_asessment'", "Did you mean 'readiness_assessment'?");
    }

    [Fact]
    public async Task Run_UnknownProtocol_ExitsTwoNamingTheOption()
    {
        var result = await CliRunner.RunEngagementAsync(Out, "--protocol", "telepathy");

        AssertRejected(result, "--protocol", "telepathy");
    }

    [Fact]
    public async Task Run_UnknownApprover_ExitsTwoWithAParseError()
    {
        var result = await CliRunner.RunEngagementAsync(Out, "--approver", "whoever");

        AssertRejected(result, "whoever", "--approver");
    }

    [Fact]
    public async Task Run_InvalidRunId_ExitsTwoNamingTheOption()
    {
        var result = await CliRunner.RunEngagementAsync(Out, "--run-id", "../x");

        AssertRejected(result, "--run-id", "../x");
    }

    [Fact]
    public async Task Run_OutUnderARegularFile_ExitsTwoNamingTheOption()
    {
        var file = _temp.Combine("file.txt");
        File.WriteAllText(file, "not a directory");

        var result = await CliRunner.RunEngagementAsync(Path.Combine(file, "out"), "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Output, StringComparison.Ordinal);
        Assert.Equal(["file.txt"], _temp.Entries());
    }

    [Fact]
    public async Task Run_FirmTemplateWithUnknownPlaceholder_ExitsTwoNamingTheFileAndLine()
    {
        var firm = _temp.Combine("firm");
        FirmCopy.Create(Paths.FiveAgentFirm, firm);
        Directory.CreateDirectory(Path.Combine(firm, "prompts", "tasks"));
        File.WriteAllText(Path.Combine(firm, "prompts", "tasks", "frame_question.md"), "Frame the question.\nFor {{customer}}.\n");

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", firm);

        AssertRejected(result, "frame_question.md:2:", "{{customer}}");
    }

    [Fact]
    public async Task Run_BrokenManifest_ExitsTwoNamingTheFileAndLine()
    {
        var firm = _temp.Combine("firm");
        var entry = FirmCopy.Create(Paths.FiveAgentFirm, firm);
        var lines = File.ReadAllLines(entry).ToList();
        var firmLine = lines.FindIndex(l => l.StartsWith("firm:", StringComparison.Ordinal));
        lines.Insert(firmLine + 1, "  colour: blue");
        File.WriteAllLines(entry, lines);

        var result = await CliRunner.RunEngagementAsync(Out, "--manifest", firm);

        AssertRejected(result, $"manifest.yaml:{firmLine + 2}:", "colour");
    }

    [Fact]
    public async Task Run_PreexistingOutAndBadInput_LeavesOutEmpty()
    {
        Directory.CreateDirectory(Out);

        var result = await CliRunner.RunEngagementAsync(Out, "--protocol", "telepathy");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(Out));
    }

    private static string DefaultBrief => Path.Combine(Paths.Briefs, "default.yaml");

    private string WriteBrief(string name, string text)
    {
        var path = _temp.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }

    private void AssertRejected(CliResult result, string named, string problem)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Output, StringComparison.Ordinal);
        Assert.Contains(problem, result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out), $"--out was created: {string.Join(", ", _temp.Entries())}");
    }
}
