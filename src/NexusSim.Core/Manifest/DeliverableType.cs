namespace NexusSim.Core.Manifest;

/// <summary>A kind of deliverable: who authors it, the chain that produces it, its sections and gates.</summary>
/// <param name="Id">snake_case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the deliverable contains.</param>
/// <param name="Author">Actor id of the authoring role.</param>
/// <param name="Chain">Id of the chain that produces it.</param>
/// <param name="ClientFacing">True when it goes to a client (and so needs human release).</param>
/// <param name="RequiredSections">Section headings the structure check requires, in order.</param>
/// <param name="Gates">Gate ids, in the order they run.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record DeliverableType(
    string Id,
    string Name,
    string Description,
    string Author,
    string Chain,
    bool ClientFacing,
    IReadOnlyList<string> RequiredSections,
    IReadOnlyList<string> Gates,
    SourceLocation Location)
{
    /// <summary>
    /// Id of the phase of its service line the deliverable is written in (<c>phase</c>), or empty
    /// when the manifest does not say; decides whether it may describe live operation.
    /// </summary>
    public string Phase { get; init; } = string.Empty;
}
