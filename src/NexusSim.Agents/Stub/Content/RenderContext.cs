using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Everything a template may refer to while one section (or the front matter) is written;
/// <c>Constraint</c> is the brief constraint a constraint sentence addresses, already restated.
/// <see cref="Choices"/> draws the <c>{~a|b~}</c> choice groups (null: <see cref="Random"/>);
/// <see cref="ChoiceIndex"/>, when set, takes that alternative of every group instead (the load check
/// writes each alternative once).
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
    string? Constraint = null,
    DeterministicRandom? Choices = null,
    int? ChoiceIndex = null,
    int ServiceLineWeeks = 0);
