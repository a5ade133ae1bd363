using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The firm action plugin of each manifest, built once and shared by every engagement of that manifest
/// a container builds (registered as a singleton by
/// <see cref="NexusSim.Agents.AgentsServiceCollectionExtensions.AddNexusSimAgents"/>): its functions
/// hold no engagement (see <see cref="FirmActionPlugin"/>), and building a function from a method and
/// its parameters' schemas is set-up work an engagement would otherwise repeat. So are each actor's
/// turn kernels and their tools (<see cref="TurnKernelPool"/>) and the authority filter, which acts on
/// the engagement of the kernel it runs on. Keyed by manifest instance (weak: an entry goes when its
/// manifest does), so a variant's manifest gets its own.
/// </summary>
public sealed class FirmPlugins
{
    private readonly ConditionalWeakTable<FirmManifest, KernelPlugin> _plugins = new();
    private readonly ConditionalWeakTable<FirmManifest, ConcurrentDictionary<(string Actor, IFunctionInvocationFilter Filter, ILoggerFactory? Loggers), TurnKernelPool>> _turnKernels = new();

    /// <summary>The authority filter of the firms' kernels (it holds no engagement).</summary>
    public AuthorityFilter AuthorityFilter { get; } = new();

    /// <summary>The plugin of <paramref name="manifest"/>'s firm.</summary>
    public KernelPlugin For(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return _plugins.GetValue(manifest, FirmActionPlugin.Create);
    }

    /// <summary>
    /// The turn kernels of <paramref name="actorId"/> in <paramref name="manifest"/>'s firm, guarded by
    /// <paramref name="filter"/> and logging to <paramref name="loggers"/> (Semantic Kernel's logs).
    /// </summary>
    internal TurnKernelPool TurnKernels(FirmManifest manifest, string actorId, IFunctionInvocationFilter filter, ILoggerFactory? loggers)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(filter);
        var pools = _turnKernels.GetValue(manifest, _ => new());
        return pools.GetOrAdd((actorId, filter, loggers), key => new TurnKernelPool(() =>
        {
            var kernel = new Kernel(new KernelServices(null, key.Loggers), new KernelPluginCollection([ActorPlugin(manifest, key.Actor)]));
            kernel.FunctionInvocationFilters.Add(key.Filter);
            kernel.AutoFunctionInvocationFilters.Add(ContextFinalizerFilter.Instance);
            return kernel;
        }));
    }

    /// <summary>The part of the firm's plugin <paramref name="actorId"/>'s kernels offer (all of it unless tools are granted).</summary>
    internal KernelPlugin ActorPlugin(FirmManifest manifest, string actorId)
    {
        var plugin = For(manifest);
        return manifest.ToolScope == ToolScope.Granted ? FirmActionPlugin.Granted(plugin, manifest, actorId) : plugin;
    }
}
