using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Determinism;
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

    public static void Check(FirmManifest manifest, List<string> problems, ContentLibraries libraries)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        try
        {
            _ = libraries.Library(manifest.Directory);
        }
        catch (ContentLibraryException ex)
        {
            problems.Add($"content library {ex.Message} ({ErrorCode}) Fix the block, or remove the firm's file to use the shared default.");
        }
    }

    /// <summary>The run setting that makes the run id (and summary.json's settings) follow the firm's own content files.</summary>
    public const string HashSetting = "FirmContentHash";

    /// <summary>
    /// Adds <see cref="HashSetting"/> (a digest of the firm's content/*.md and voice/banned-phrases.txt)
    /// when the firm ships any, so editing them gives a new run id; a firm without its own content adds nothing.
    /// </summary>
    public static void AddHash(IDictionary<string, string> settings, FirmManifest manifest)
    {
        if (Hash(manifest.Directory) is { } hash)
        {
            settings[HashSetting] = hash;
        }
    }

    // Through the safe reader (no FIFO, device or oversized file is read); a refused file hashes as
    // its refusal, and loading the library reports it. The prompts directory's digest reads its files the same way.
    internal static string Read(string file, string folder, int maxBytes = 1024 * 1024)
    {
        var read = Core.Files.SafeFileReader.ReadText(file, folder, maxBytes);
        return read.Ok ? read.Text! : "refused: " + read.Message;
    }

    /// <summary>A digest of the firm's own content files in <paramref name="folder"/>, or null when it ships none.</summary>
    public static string? Hash(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var content = Path.Combine(folder, ContentLibrary.FirmContentFolder);
        var files = (Directory.Exists(content) ? Directory.GetFiles(content, "*.md") : [])
            .Append(Path.Combine(folder, ContentLibrary.FirmBannedFile))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count == 0
            ? null
            : StableHash.Hex([.. files.SelectMany(f => new[] { Path.GetRelativePath(folder, f).Replace('\\', '/'), Read(f, folder) })])[..16];
    }
}
