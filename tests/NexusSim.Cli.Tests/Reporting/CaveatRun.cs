using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// A stub run of the five-agent firm in which every deliverable is released on a caveat: citation_check is capped
/// at one attempt, every first draft is forced to fail it (NexusSim__Stub__Quality__*), and the firm's escalation
/// options offer no further round, so the stub manager (or the policy approver for a human) accepts with a caveat.
/// Callers run in <see cref="ProcessStateCollection"/> (environment variables).
/// </summary>
internal static class CaveatRun
{
    /// <summary>Runs it into <paramref name="temp"/>/out; returns the run and what the command printed.</summary>
    public static async Task<(RunOutput Run, string Output)> RunAsync(TempDirectory temp)
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, temp.Combine("firm"));
        FirmCopy.EditGate(manifest, "citation_check", maxAttempts: 1);
        var text = await File.ReadAllTextAsync(manifest);
        const string Options = "options: [reassign, narrow the question, extend the deadline, accept with recorded risk]";
        Assert.Contains(Options, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(manifest, text.Replace(Options, "options: [reassign, accept with recorded risk]", StringComparison.Ordinal));
        using var environment = EnvironmentScope.FirstDraftsFailTheirGates();

        var result = await CliRunner.RunEngagementAsync(temp.Combine("out"), "--manifest", temp.Combine("firm"));

        Assert.True(result.ExitCode == 0, result.Output);
        return (RunOutput.Single(temp.Combine("out")), result.Output);
    }
}
