using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Running;

/// <summary>
/// Loads the firm's content library (its own <c>content/</c> and <c>voice/banned-phrases.txt</c>
/// before the shared ones) before anything runs, so a malformed firm file is a problem naming its
/// file and line (NX0081), not a failure mid-run.
/// </summary>
internal static class FirmContentCheck
{
    /// <summary>The error code of a malformed firm content file (see docs/manifest-errors.md).</summary>
    public const string ErrorCode = "NX0081";

    public static void Check(FirmManifest manifest, List<string> problems)
    {
        try
        {
            _ = SharedContent.Library(SharedContent.PromptsDirectory, manifest.Directory);
        }
        catch (ContentLibraryException ex)
        {
            problems.Add($"content library {ex.Message} ({ErrorCode}) Fix the block, or remove the firm's file to use the shared default.");
        }
    }
}
