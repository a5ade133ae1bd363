using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The firm action plugin of each manifest, built once and shared by every engagement of that manifest
/// a container builds (registered as a singleton by
/// <see cref="NexusSim.Agents.AgentsServiceCollectionExtensions.AddNexusSimAgents"/>): its functions
/// hold no engagement (see <see cref="FirmActionPlugin"/>), and building a function from a method and
/// its parameters' schemas is set-up work an engagement would otherwise repeat. Keyed by manifest
/// instance (weak: an entry goes when its manifest does), so a variant's manifest gets its own.
/// </summary>
public sealed class FirmPlugins
{
    private readonly ConditionalWeakTable<FirmManifest, KernelPlugin> _plugins = new();

    /// <summary>The plugin of <paramref name="manifest"/>'s firm.</summary>
    public KernelPlugin For(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return _plugins.GetValue(manifest, FirmActionPlugin.Create);
    }
}
