using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;

namespace NexusSim.Agents.Tests.Stub.Independence;

/// <summary>
/// Ground truth lives where the gates cannot read it: the gates' code (Core) cannot reach the stub's
/// ledger, and inside the source tree only the stub model and the after-the-run accounting name it.
/// </summary>
public sealed class GatesNeverReadTheLedgerTests
{
    private static readonly string[] LedgerNames = ["DefectLedger", "PlantedDefect", "ground-truth.json", "GroundTruthFile"];

    [Fact]
    public void CoreAssembly_References_NoOtherProjectOfTheSolution()
    {
        var core = typeof(DeliverableChecks).Assembly;

        var ours = core.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("NexusSim", StringComparison.Ordinal)).Select(a => a.Name).ToList();

        Assert.Equal("NexusSim.Core", core.GetName().Name);
        Assert.Empty(ours);
    }

    [Fact]
    public void CoreSources_NameNoPartOfTheLedger()
    {
        var offenders = Sources("src", "NexusSim.Core")
            .Where(f => LedgerNames.Any(n => File.ReadAllText(f).Contains(n, StringComparison.Ordinal)))
            .ToList();

        Assert.True(Sources("src", "NexusSim.Core").Count > 50, "Core's sources were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Sources_NamingTheLedger_AreTheStubAndTheRunsAccountingOnly()
    {
        var allowed = new[]
        {
            Path.Combine("NexusSim.Agents", "Stub") + Path.DirectorySeparatorChar,
            Path.Combine("NexusSim.Cli", "Running", "DefectAccounting.cs"),
            Path.Combine("NexusSim.Cli", "Running", "EngagementRunner.cs"),
            Path.Combine("NexusSim.Cli", "Running", "ChatClientFactory.cs"),
            Path.Combine("NexusSim.Cli", "Benchmarks") + Path.DirectorySeparatorChar,
        };
        var src = RepoFiles.Combine("src");

        var offenders = Sources("src")
            .Where(f => File.ReadAllText(f).Contains("DefectLedger", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f))
            .Where(f => !allowed.Any(a => f.StartsWith(a, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void StubSources_ReadingTheLedger_AreTheAuthorAndTheReviewersCarefulReadingOnly()
    {
        // The planner records and carries forward what it wrote; the reviewer's careful reading is the one
        // place a judgement draws on it, and it speaks to the gate only through written notes.
        var stub = RepoFiles.Combine("src", "NexusSim.Agents", "Stub");

        var readers = Sources("src", "NexusSim.Agents", "Stub")
            .Where(f => File.ReadAllText(f).Contains("Ledger.For(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(stub, f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["CarefulReading.cs", "StubPlanner.cs"], readers);
    }

    private static List<string> Sources(params string[] parts) =>
        [.. Directory.GetFiles(RepoFiles.Combine(parts), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
}
