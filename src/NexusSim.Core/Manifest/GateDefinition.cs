namespace NexusSim.Core.Manifest;

/// <summary>A quality gate.</summary>
/// <param name="Id">snake_case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Review or approval.</param>
/// <param name="Checks">Deterministic checks run first, in order.</param>
/// <param name="Owners">Actor ids who may give the verdict; never the deliverable's author.</param>
/// <param name="Rubric">What the reviewer judges.</param>
/// <param name="MaxAttempts">Attempts before the work escalates.</param>
/// <param name="OnFail">What a failure does.</param>
/// <param name="Blocking">True when release waits for this gate; false for advisory gates.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record GateDefinition(
    string Id,
    string Name,
    GateKind Kind,
    IReadOnlyList<CheckKind> Checks,
    IReadOnlyList<string> Owners,
    string Rubric,
    int MaxAttempts,
    FailAction OnFail,
    bool Blocking,
    SourceLocation Location);
