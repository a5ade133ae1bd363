using NexusSim.Agents.Actions;
using NexusSim.Agents.Metering;

namespace NexusSim.Cli.Running;

/// <summary>
/// What the engagements built from one container share: the loaded content libraries, the
/// token-count memories and the firms' action plugins. A singleton of the container; two containers
/// (or two tests) share nothing.
/// </summary>
internal sealed class EngagementShared(ContentLibraries libraries, TokenCounts tokenCounts, FirmPlugins plugins)
{
    /// <summary>Fresh, unshared parts (for a runner built without a container).</summary>
    public EngagementShared()
        : this(new ContentLibraries(), new TokenCounts(), new FirmPlugins())
    {
    }

    /// <summary>The firms' action plugins, built once per manifest.</summary>
    public FirmPlugins Plugins { get; } = plugins ?? throw new ArgumentNullException(nameof(plugins));

    /// <summary>The content libraries, loaded once per firm content.</summary>
    public ContentLibraries Libraries { get; } = libraries ?? throw new ArgumentNullException(nameof(libraries));

    /// <summary>The token-count memories of the metering.</summary>
    public TokenCounts TokenCounts { get; } = tokenCounts ?? throw new ArgumentNullException(nameof(tokenCounts));
}
