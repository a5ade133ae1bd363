using System.Text.Json;

namespace NexusSim.Cli.Tests.Benchmarks;

/// <summary>
/// The garbage-collector settings the experiment and the bench rely on travel in nexussim.runtimeconfig.json,
/// written from the CLI's project file: server GC, not concurrent; no profile-guided re-JIT; and objects up to
/// 2 MB allocated in gen 0 rather than on the large object heap, whose budget overruns forced a full
/// collection about every nine engagements of the bench grid (docs/performance.md, session 29). Their effect
/// is measured by `nexussim bench` (gen-2 collections, GC pause), not here; this guards that a project-file
/// edit does not drop them unnoticed.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void CliRuntimeConfig_CarriesTheCollectorSettingsTheBenchIsMeasuredWith()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "nexussim.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.LOHThreshold").GetInt64() >= 2 * 1024 * 1024,
            "objects of a few hundred KB (a broadcast turn's prompt) must stay off the large object heap");
    }
}
