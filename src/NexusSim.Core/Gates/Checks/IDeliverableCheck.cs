using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>A deterministic check a gate runs on a deliverable before its reviewer.</summary>
public interface IDeliverableCheck
{
    /// <summary>The kind of check, as the manifest names it.</summary>
    CheckKind Kind { get; }

    /// <summary>
    /// Whether the findings depend on <see cref="CheckInput.EarlierDeliverables"/>; when false the same
    /// deliverable gives the same findings whatever else the engagement has written.
    /// </summary>
    bool ReadsEarlierDeliverables => false;

    /// <summary>The issues found; empty when the deliverable passes.</summary>
    IReadOnlyList<GateIssue> Check(CheckInput input);
}
