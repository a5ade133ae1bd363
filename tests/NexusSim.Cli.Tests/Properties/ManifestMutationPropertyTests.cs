using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Properties;

/// <summary>
/// The validator never lets a crash through: a shipped manifest with one random mutation (drop,
/// duplicate, re-point, swap, change an enumerated value) either fails with exit code 2 (validation
/// or input errors that name file and line), or runs on the stub to a status in summary.json. Exit
/// code 1 (an unexpected exception) fails the case, naming the mutation so it can be reproduced.
/// Fixed seeds (0 to <see cref="Cases"/> - 1 per shipped firm, in four batches; 0 to
/// <see cref="FixtureCases"/> - 1 for each firm under tests/fixtures/firms, written from the docs alone):
/// the same cases every run. Over the 120 cases tried while writing it, about half failed validation
/// and half ran to a status.
/// </summary>
public sealed class ManifestMutationPropertyTests : IDisposable
{
    private const int Cases = 40;
    private const int FixtureCases = 12;
    private static readonly string[] FixtureFirms = ["architecture-practice", "translation-desk", "actuarial-firm"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, int> Firms()
    {
        var data = new TheoryData<string, int>();
        foreach (var firm in new[] { "shipped", "five-agent" })
        {
            for (var batch = 0; batch < 4; batch++)
            {
                data.Add(firm, batch);
            }
        }

        foreach (var firm in FixtureFirms)
        {
            data.Add(firm, -1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public async Task Run_MutatedManifest_FailsValidationOrEndsWithAStatus(string firm, int batch)
    {
        var failures = new List<string>();
        var (first, count, step) = batch < 0 ? (0, FixtureCases, 1) : (batch, Cases, 4);
        for (var i = first; i < count; i += step)
        {
            if (await RunCaseAsync(firm, i) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private async Task<string?> RunCaseAsync(string firm, int seed)
    {
        var (source, brief) = firm switch
        {
            "shipped" => (Paths.ShippedManifest, Path.Combine(Paths.Briefs, "default.yaml")),
            "five-agent" => (Paths.FiveAgentFirm, Path.Combine(Paths.FiveAgentFirm, "brief.yaml")),
            _ => (Paths.FixtureFirm(firm), Path.Combine(Paths.FixtureFirm(firm), "brief.yaml")),
        };
        var directory = _temp.Combine($"{firm}-{seed}");
        FirmCopy.Create(source, directory);
        var mutation = new ManifestMutator(directory, seed).MutateAndSave();
        var output = _temp.Combine($"{firm}-{seed}-out");

        var result = await CliRunner.RunEngagementAsync(output, "--manifest", directory, "--brief", brief);

        if (result.ExitCode == 2)
        {
            return result.Output.Contains("error", StringComparison.OrdinalIgnoreCase) ? null : $"{firm} case {seed} ({mutation}): exit 2 without an error:\n{result.Output}";
        }

        if (result.ExitCode != 0)
        {
            return $"{firm} case {seed} ({mutation}): exit {result.ExitCode}\n{result.Output}";
        }

        var status = RunOutput.Single(output).Text("status");
        return string.IsNullOrEmpty(status) ? $"{firm} case {seed} ({mutation}): no status in summary.json" : null;
    }
}
