using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// House rules: no banned phrase (whole phrase, any case) anywhere outside the Sources section.
/// One issue per banned phrase found, however often it occurs.
/// </summary>
public sealed class VoiceCheck : IDeliverableCheck
{
    /// <inheritdoc />
    public CheckKind Kind => CheckKind.Voice;

    /// <inheritdoc />
    public IReadOnlyList<GateIssue> Check(CheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Reading.TextOutsideSources;
        return input.BannedPhrases
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(p => PhraseMatcher.Contains(text, p))
            .Select(p => new GateIssue(CheckKind.Voice, "Banned phrase", p))
            .ToList();
    }
}
