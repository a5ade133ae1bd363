namespace NexusSim.Core.Manifest;

/// <summary>One problem in a manifest: where, what, and how to fix it.</summary>
/// <param name="Location">File, line and column.</param>
/// <param name="Code">Stable error code (NX0001...), for docs and tests.</param>
/// <param name="Message">The problem.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record ManifestError(SourceLocation Location, string Code, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: error {Code}: {Message} Fix: {Fix}";
}
