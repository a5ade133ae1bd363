using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>Everything a template may refer to while one section (or the front matter) is written.</summary>
internal sealed record RenderContext(
    BriefFacts Brief,
    string DeliverableName,
    string ServiceLineName,
    string Heading,
    IndustryProfile Industry,
    FactBase Engagement,
    DeterministicRandom Random,
    SourceRegistry Sources,
    string? Term = null);
