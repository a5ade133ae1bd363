using NexusSim.Cli.Running;

namespace NexusSim.Cli.Experiments;

/// <summary>Applies an experiment's variant to the request of one run (so another overlay mechanism can be wired in at one place).</summary>
internal interface IVariantApplier
{
    /// <summary>The request with the variant applied.</summary>
    RunRequest Apply(ExperimentVariant variant, RunRequest request);
}
