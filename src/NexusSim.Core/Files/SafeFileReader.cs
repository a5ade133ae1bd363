using System.Globalization;
using System.Text;

namespace NexusSim.Core.Files;

/// <summary>
/// The one way the app reads a file it was pointed at (manifest, includes, identities, brief, prompt
/// templates, content library, glossary). Before any byte is read the path is checked for invalid
/// characters, resolved with every symbolic link followed, required to stay inside its folder (when
/// it has one) and to be a regular file (not a directory, FIFO, device, socket or /proc, /sys, /dev
/// pseudo-file), and its size is checked; the read itself stops at the limit, so a file that lies
/// about its size cannot exhaust memory. A refusal names the path and never quotes the content.
/// </summary>
public static class SafeFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] PseudoRoots = ["/proc/", "/sys/", "/dev/"];

    /// <summary>Reads the UTF-8 text of <paramref name="path"/> when it is safe to.</summary>
    /// <param name="path">The path as written (relative paths are taken from the current directory).</param>
    /// <param name="folder">The folder the file must stay inside once links are resolved; null for none.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    public static SafeFileRead ReadText(string path, string? folder, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Check(path, folder, maxBytes) is { } refused)
        {
            return refused;
        }

        var resolved = PathResolver.Resolve(Path.GetFullPath(path));
        try
        {
            var bytes = ReadBounded(resolved, maxBytes);
            if (bytes.Length > maxBytes)
            {
                return TooLarge(path, resolved, bytes.Length, maxBytes);
            }

            var text = StrictUtf8.GetString(bytes);
            return new SafeFileRead(text.StartsWith('\uFEFF') ? text[1..] : text, SafeFileProblem.None, string.Empty, resolved);
        }
        catch (SwappedFileException)
        {
            return Refuse(SafeFileProblem.NotRegularFile, resolved,
                $"'{path}' stopped being a regular file between its check and its read. Point it at an ordinary text file nobody is replacing.");
        }
        catch (DecoderFallbackException)
        {
            return Refuse(SafeFileProblem.NotUtf8, resolved, $"'{path}' is not valid UTF-8 text. Save it as UTF-8.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(SafeFileProblem.Unreadable, resolved, $"'{path}' cannot be read ({ex.GetType().Name}). Check the file and its permissions.");
        }
    }

    /// <summary>Checks <paramref name="path"/> as <see cref="ReadText"/> does, without reading; null when it may be read.</summary>
    public static SafeFileRead? Check(string path, string? folder, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.Any(char.IsControl))
        {
            return Refuse(SafeFileProblem.InvalidPath, path, $"The path '{Printable(path)}' holds a NUL or another control character. Write a plain file path.");
        }

        string resolved;
        try
        {
            resolved = PathResolver.Resolve(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            return Refuse(SafeFileProblem.InvalidPath, path, $"The path '{path}' cannot be resolved ({ex.GetType().Name}). Write a plain file path.");
        }

        if (folder is not null && !IsInside(resolved, PathResolver.Resolve(Path.GetFullPath(folder))))
        {
            return Refuse(SafeFileProblem.OutsideFolder, resolved,
                $"'{path}' resolves to '{resolved}', outside the folder '{folder}'. Keep the file (not a link to elsewhere) inside that folder.");
        }

        var pseudo = PseudoRoots.Any(r => resolved.StartsWith(r, StringComparison.Ordinal));
        if (!pseudo && !File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return Refuse(SafeFileProblem.Missing, resolved, $"No file at '{path}'. Create it or correct the path.");
        }

        if (!pseudo && Directory.Exists(resolved))
        {
            return Refuse(SafeFileProblem.NotRegularFile, resolved,
                $"'{path}' is a folder, not a regular file: a file is expected here.");
        }

        if (pseudo || (!OperatingSystem.IsWindows() && !UnixFileType.IsRegularFile(resolved)))
        {
            return Refuse(SafeFileProblem.NotRegularFile, resolved,
                $"'{path}' is not a regular file (a directory, FIFO, device, socket or system pseudo-file). Point it at an ordinary text file.");
        }

        var length = new FileInfo(resolved).Length;
        return length > maxBytes ? TooLarge(path, resolved, length, maxBytes) : null;
    }

    private static byte[] ReadBounded(string resolved, long maxBytes)
    {
        // Checked again on the opened handle: a file swapped since the check is refused, never waited on.
        using var stream = RegularFileOpener.Open(resolved) ?? throw new SwappedFileException();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsInside(string resolved, string folder)
    {
        var root = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return resolved.StartsWith(root, StringComparison.Ordinal);
    }

    private static SafeFileRead TooLarge(string path, string resolved, long length, long maxBytes) =>
        Refuse(SafeFileProblem.TooLarge, resolved,
            string.Create(CultureInfo.InvariantCulture, $"'{path}' is over {maxBytes:N0} bytes ({length:N0} read or reported); the limit is {maxBytes:N0} bytes. Shorten or split it."));

    private static SafeFileRead Refuse(SafeFileProblem problem, string resolved, string message) =>
        new(null, problem, message, resolved);

    private static string Printable(string path) =>
        string.Concat(path.Select(c => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString()));
}
