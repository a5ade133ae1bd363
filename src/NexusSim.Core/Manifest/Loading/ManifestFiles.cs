using NexusSim.Core.Determinism;
using NexusSim.Core.Files;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// Reads the manifest's files through <see cref="SafeFileReader"/>: paths (links resolved) stay inside the
/// manifest directory, only regular files, a file over <see cref="ManifestLoader.MaxFileBytes"/> is refused
/// before its text is read, text must be UTF-8.
/// Remembers every file read, in order, for the content hash.
/// </summary>
internal sealed class ManifestFiles
{
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
        if (written.Length == 0 || written.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || written.Any(char.IsControl))
        {
            _diagnostics.Add(at, ErrorCodes.PathEscapes, $"The {what} path holds a NUL or another control character.",
                "Write a plain relative path to a file inside the manifest directory.");
            return null;
        }

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
    /// Reads a file's text through <see cref="SafeFileReader"/>: null after reporting when it is missing
    /// (with <paramref name="missingCode"/>), resolves (links included) outside the manifest directory,
    /// is not a regular file, is too large (checked before reading) or is not UTF-8. Errors are located
    /// at <paramref name="at"/> and never quote the file's content.
    /// </summary>
    public string? Read(string fullPath, SourceLocation at, string what, string missingCode)
    {
        var relative = Relative(fullPath);
        var read = SafeFileReader.ReadText(fullPath, Directory, ManifestLoader.MaxFileBytes);
        switch (read.Problem)
        {
            case SafeFileProblem.None:
                _hashParts.Add(relative);
                _hashParts.Add(read.Text!);
                return read.Text;
            case SafeFileProblem.Missing:
                _diagnostics.Add(at, missingCode, $"The {what} '{relative}' does not exist.", $"Create '{relative}' or correct the path.");
                return null;
            case SafeFileProblem.TooLarge:
                _diagnostics.Add(at, ErrorCodes.FileTooLarge,
                    $"The {what} '{relative}' is {new FileInfo(read.ResolvedPath).Length} bytes; the limit is {ManifestLoader.MaxFileBytes} bytes (1 MiB).",
                    "Split it into smaller files or shorten it.");
                return null;
            case SafeFileProblem.NotUtf8:
                _diagnostics.Add(at, ErrorCodes.NotUtf8, $"The {what} '{relative}' is not valid UTF-8 text.", "Save the file as UTF-8.");
                return null;
            case SafeFileProblem.OutsideFolder:
                _diagnostics.Add(at, ErrorCodes.PathEscapes, $"The {what} '{relative}' is a link that resolves to '{read.ResolvedPath}', outside the manifest directory.",
                    "Put the file itself (not a symbolic link to elsewhere) inside the manifest directory.");
                return null;
            case SafeFileProblem.NotRegularFile:
                _diagnostics.Add(at, ErrorCodes.NotRegularFile, $"The {what} '{relative}' is not a regular file (a directory, FIFO, device, socket or system pseudo-file).",
                    "Point the path at an ordinary text file inside the manifest directory.");
                return null;
            default:
                _diagnostics.Add(at, missingCode, $"The {what} '{relative}' cannot be read: {read.Message}", "Check the file, its path and its permissions.");
                return null;
        }
    }
}
