namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// When a section variant may be written, from its <c>## variant</c> line's tag: untagged text fits
/// any deliverable, <c>live</c> text (about agents running on the client's real work) only a
/// deliverable written in or after its service line's first live phase, <c>pre-live</c> text (about
/// a launch still to come) only one written before it.
/// </summary>
internal enum VariantStage
{
    /// <summary>No tag: any deliverable.</summary>
    Any,

    /// <summary><c>live</c>: only deliverables of a live phase.</summary>
    Live,

    /// <summary><c>pre-live</c>: only deliverables written before the live phase.</summary>
    PreLive,
}
