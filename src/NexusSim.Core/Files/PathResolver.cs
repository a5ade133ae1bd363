namespace NexusSim.Core.Files;

/// <summary>
/// Resolves every symbolic link in a full path, component by component (links to links and
/// links in parent folders included), like realpath(3); a loop is stopped after 40 links.
/// </summary>
internal static class PathResolver
{
    private const int MaxLinks = 40;

    /// <summary>The path with every link resolved; components that do not exist are kept as written.</summary>
    /// <exception cref="IOException">More than 40 links were followed (a loop).</exception>
    public static string Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Queue<string>(fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many symbolic links under '{next}'.");
            }

            var absolute = Path.GetFullPath(target, current);
            var rest = pending.ToArray();
            var targetRoot = Path.GetPathRoot(absolute) ?? string.Empty;
            pending = new Queue<string>(absolute[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = targetRoot;
        }

        return Path.GetFullPath(current);
    }
}
