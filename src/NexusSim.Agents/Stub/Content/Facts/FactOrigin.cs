namespace NexusSim.Agents.Stub.Content;

/// <summary>Where a fact's figure came from.</summary>
internal enum FactOrigin
{
    /// <summary>The client's brief states it.</summary>
    Brief,

    /// <summary>A named benchmark of the content library (the industry profile's benchmark or the peer benchmark).</summary>
    Benchmark,

    /// <summary>Measured in the engagement (interviews, system export, survey, workshops), drawn from the seed.</summary>
    Engagement,

    /// <summary>Computed from other entries of the fact base.</summary>
    Computed,
}
