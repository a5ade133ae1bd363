using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Everything a template may refer to while one section (or the front matter) is written;
/// <c>Constraint</c> is the brief constraint a constraint sentence addresses, already restated.
/// </summary>
internal sealed record RenderContext(
    BriefFacts Brief,
    string DeliverableName,
    string ServiceLineName,
    string Heading,
    IndustryProfile Industry,
    FactBase Engagement,
    DeterministicRandom Random,
    SourceRegistry Sources,
    string? Term = null,
    string? Constraint = null);
