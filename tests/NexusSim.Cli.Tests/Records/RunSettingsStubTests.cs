using NexusSim.Agents.Stub;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;

namespace NexusSim.Cli.Tests.Records;

/// <summary>
/// The stub's settings a run records (and hashes into its id): with --faults, the chaos fault profile in
/// place of the configured one, and every other configured value as it was, the human's catch rate included.
/// </summary>
public sealed class RunSettingsStubTests
{
    [Theory]
    [InlineData(false, "0.05")]
    [InlineData(true, "0.2")]
    public void From_Faults_ReplacesOnlyTheFaultProfile(bool faults, string transientError)
    {
        var stub = new StubOptions
        {
            Quality = new DefectRates { Cliche = 0.42 },
            ReviewerFallibility = 0.3,
            ReviewerCatchRate = 0.7,
            HumanCatchRate = 0.25,
            Faults = new FaultProfile { TransientError = 0.05 },
        };

        var settings = RunSettings.From(new SimulationOptions(), stub, new LlmOptions(), LlmOptions.Stub, faults, null);

        Assert.Equal(("0.42", "0.3", "0.7", "0.25", transientError), (settings["NexusSim:Stub:Quality:Cliche"], settings["NexusSim:Stub:ReviewerFallibility"],
            settings["NexusSim:Stub:ReviewerCatchRate"], settings["NexusSim:Stub:HumanCatchRate"], settings["NexusSim:Stub:Faults:TransientError"]));
        Assert.Equal(0.05, stub.Faults.TransientError); // the configured options are left as they were
    }
}
