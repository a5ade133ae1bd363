using System.Text;
using NexusSim.Core.Determinism;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// Reads the manifest's files: paths stay inside the manifest directory, a file over
/// <see cref="ManifestLoader.MaxFileBytes"/> is refused before its text is read, text must be UTF-8.
/// Remembers every file read, in order, for the content hash.
/// </summary>
internal sealed class ManifestFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ManifestDiagnostics _diagnostics;
    private readonly List<string> _hashParts = [];

    public ManifestFiles(string directory, ManifestDiagnostics diagnostics)
    {
        Directory = Path.GetFullPath(directory);
        _diagnostics = diagnostics;
    }

    public string Directory { get; }

    /// <summary>SHA-256 over each file read (its relative path and text, length-prefixed), in read order.</summary>
    public string ContentHash() => StableHash.Hex([.. _hashParts]);

    /// <summary>A path relative to the manifest directory with '/' separators, or the full path when outside it.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace('\\', '/');
    }

    /// <summary>Resolves a path written in the manifest; reports and returns null when it leaves the directory.</summary>
    public string? Resolve(string written, SourceLocation at, string what)
    {
        var full = Path.GetFullPath(Path.Combine(Directory, written));
        var root = Directory.EndsWith(Path.DirectorySeparatorChar) ? Directory : Directory + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(written) || !full.StartsWith(root, StringComparison.Ordinal))
        {
            _diagnostics.Add(at, ErrorCodes.PathEscapes, $"The {what} path '{written}' leads outside the manifest directory.",
                "Use a relative path to a file inside the manifest directory, without '..' past it.");
            return null;
        }

        return full;
    }

    /// <summary>
    /// Reads a file's text; null after reporting when it is missing (with <paramref name="missingCode"/>),
    /// too large (checked before reading) or not UTF-8. Errors are located at <paramref name="at"/>.
    /// </summary>
    public string? Read(string fullPath, SourceLocation at, string what, string missingCode)
    {
        var relative = Relative(fullPath);
        var info = new FileInfo(fullPath);
        if (!info.Exists)
        {
            _diagnostics.Add(at, missingCode, $"The {what} '{relative}' does not exist.", $"Create '{relative}' or correct the path.");
            return null;
        }

        if (info.Length > ManifestLoader.MaxFileBytes)
        {
            _diagnostics.Add(at, ErrorCodes.FileTooLarge,
                $"The {what} '{relative}' is {info.Length} bytes; the limit is {ManifestLoader.MaxFileBytes} bytes (1 MiB).",
                "Split it into smaller files or shorten it.");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(fullPath));
            text = text.StartsWith('\uFEFF') ? text[1..] : text;
            _hashParts.Add(relative);
            _hashParts.Add(text);
            return text;
        }
        catch (DecoderFallbackException)
        {
            _diagnostics.Add(at, ErrorCodes.NotUtf8, $"The {what} '{relative}' is not valid UTF-8 text.", "Save the file as UTF-8.");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(at, missingCode, $"The {what} '{relative}' cannot be read: {ex.Message}", "Check the file and its permissions.");
            return null;
        }
    }
}
