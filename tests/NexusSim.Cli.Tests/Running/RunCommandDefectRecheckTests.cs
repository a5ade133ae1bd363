using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// summary.json's defect figures against an independent re-check of the released files
/// (<see cref="ReleasedDefects"/>), with gates off and with faults so that defects reach the client,
/// and rubber stamps counted against ground truth: a fantasy-approving reviewer passes drafts that
/// still carry the defects no check can see, a careful one mostly does not.
/// </summary>
public sealed class RunCommandDefectRecheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_GatesOffWithFaults_ShippedEqualsTheDefectsFoundInTheReleasedFiles()
    {
        var output = _temp.Combine("faults");

        var result = await CliRunner.RunEngagementAsync(output, "--seed", "4", "--set", "gates=off", "--faults");

        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}");
        Assert.True(Recheck(RunOutput.Single(output)) > 0, "with gates off some planted defect must reach the client");
    }

    [Fact]
    public async Task Run_GatesOnAgainstOffSameSeeds_DefectsShippedFallByAtLeastEightyPercentAndRecheckTrue()
    {
        var governed = 0;
        var ungoverned = 0;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in new[] { "1", "2", "3", "4", "5" })
        {
            var on = await RunAsync("on-" + seed, "--seed", seed);
            var off = await RunAsync("off-" + seed, "--seed", seed, "--set", "gates=off");
            governed += Recheck(on);
            ungoverned += Recheck(off);
            kinds.UnionWith(ReleasedDefects.LedgerReleased(off.Directory).Select(d => d.Kind));
        }

        Assert.True(ungoverned >= 5, $"with gates off only {ungoverned} defects shipped over five seeds");
        Assert.True(governed * 5 <= ungoverned, $"gates on shipped {governed}, gates off {ungoverned}: less than an 80 % fall");
        Assert.True(kinds.Overlaps(["WrongFigure", "MisattributedCitation", "UnsupportedRecommendation"]), $"shipped kinds: {string.Join(", ", kinds)}");
    }

    [Fact]
    public async Task Run_FantasyApproval_RubberStampsMoreThanCarefulReviewers()
    {
        var fantasy = 0;
        var careful = 0;
        foreach (var seed in new[] { "1", "2", "3" })
        {
            fantasy += await RubberStampsAsync("fantasy-" + seed, "--seed", seed, "--scenario", "fantasy_approval");
            careful += await RubberStampsAsync("careful-" + seed, "--seed", seed);
        }

        Assert.True(fantasy > 0, "a reviewer who passes work unchecked must rubber-stamp a defect no check sees");
        Assert.True(careful < fantasy, $"careful reviewers rubber-stamped {careful}, fantasy approval {fantasy}");
    }

    [Fact]
    public async Task Run_CarefulReviewersThatNeverNotice_RubberStampAtLeastAsOftenAsThoseThatDo()
    {
        var config = _temp.Combine("blind.json");
        await File.WriteAllTextAsync(config, "{ \"NexusSim\": { \"Stub\": { \"ReviewerFallibility\": 0, \"ReviewerCatchRate\": 0 } } }");
        var sharp = _temp.Combine("sharp.json");
        await File.WriteAllTextAsync(sharp, "{ \"NexusSim\": { \"Stub\": { \"ReviewerFallibility\": 0, \"ReviewerCatchRate\": 1 } } }");

        var blind = 0;
        var seeing = 0;
        foreach (var seed in new[] { "1", "2", "3" })
        {
            blind += await RubberStampsAsync("blind-" + seed, "--seed", seed, "--config", config);
            seeing += await RubberStampsAsync("sharp-" + seed, "--seed", seed, "--config", sharp);
        }

        Assert.True(blind > 0, "reviewers who never notice must pass drafts carrying a defect no check sees");
        Assert.Equal(0, seeing);
    }

    [Fact]
    public async Task Run_TerminologyDriftScenario_KeepsTheConfiguredRatesOfTheKindsNoCheckSees()
    {
        // The scenario overrides one rate; the others, the review-only ones included, must stay as configured.
        var config = _temp.Combine("always.json");
        await File.WriteAllTextAsync(config, "{ \"NexusSim\": { \"Stub\": { \"Quality\": { \"UnsupportedRecommendation\": 1 } } } }");
        var output = _temp.Combine("drift");

        var result = await CliRunner.RunEngagementAsync(output, "--config", config, "--scenario", "terminology_drift", "--set", "gates=off");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output);
        var deliverables = run.Summary.GetProperty("deliverables").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        var planted = ReleasedDefects.Planted(run.Directory);
        Assert.True(deliverables.Count >= 2);
        Assert.All(deliverables, id => Assert.Contains(planted, d => d.Deliverable == id && d.Kind == "UnsupportedRecommendation"));
    }

    private async Task<int> RubberStampsAsync(string folder, params string[] options)
    {
        var output = _temp.Combine(folder);
        var result = await CliRunner.RunEngagementAsync(output, options);
        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}");
        var defects = RunOutput.Single(output).Summary.GetProperty("defects");
        var stamps = defects.GetProperty("rubber_stamp_passes").GetInt32();
        Assert.InRange(stamps, 0, (int)RunOutput.Single(output).Number("gate_attempts"));
        return stamps;
    }

    private async Task<RunOutput> RunAsync(string folder, params string[] options)
    {
        var output = _temp.Combine(folder);
        var result = await CliRunner.RunEngagementAsync(output, options);
        Assert.Equal(0, result.ExitCode);
        return RunOutput.Single(output);
    }

    // The defects found in the released files must be exactly those the ledger says shipped, and as many as summary.json says.
    private static int Recheck(RunOutput run)
    {
        var released = run.Summary.GetProperty("deliverables").EnumerateArray()
            .Where(d => d.GetProperty("status").GetString() == "released")
            .Select(d => d.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var found = ReleasedDefects.FoundInReleasedFiles(run.Directory, released);
        var ledger = ReleasedDefects.LedgerReleased(run.Directory);
        var shipped = run.Summary.GetProperty("defects").GetProperty("shipped").GetInt32();
        Assert.NotEmpty(released);
        Assert.NotEmpty(ReleasedDefects.Planted(run.Directory));
        Assert.Equal(ledger.Select(Key).Order(StringComparer.Ordinal), found.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(found.Count, shipped);
        return shipped;
    }

    private static string Key(ReleasedDefects.Entry e) => $"{e.Deliverable}|{e.Kind}|{e.Target}";
}
