using NexusSim.Cli.Running;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Applies a variant through the run's own governance overlays (--overlay files, then --set pairs),
/// which <c>ManifestVariant.Apply</c> validates and applies when the run's inputs are resolved.
/// </summary>
internal sealed class OverlayVariantApplier : IVariantApplier
{
    public RunRequest Apply(ExperimentVariant variant, RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Overlays = [.. request.Overlays, .. variant.Overlays],
            Sets = [.. request.Sets, .. variant.Sets],
            SetLabels = [.. request.Sets.Select((_, i) => request.SetLabels is { } labels && i < labels.Count ? labels[i] : $"--set #{i + 1}"), .. variant.SetLabels],
        };
    }
}
