namespace NexusSim.Cli.Experiments;

/// <summary>
/// Short, machine-independent names for an experiment's briefs and firms in summary.md: a file's
/// name without its extension, a folder's name, <c>default</c> for the default. When two different
/// paths would get the same name (two <c>manifest.yaml</c> files), each of them is named by its path
/// relative to the folder they share, with <c>/</c> separators. Never an absolute path, so a summary
/// written on one machine reads the same on another.
/// </summary>
internal sealed class CellLabels
{
    private readonly Dictionary<string, string> _briefs;
    private readonly Dictionary<string, string> _firms;

    public CellLabels(IEnumerable<ExperimentCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var list = cells.ToList();
        _briefs = Shorten(list.Select(c => c.Brief));
        _firms = Shorten(list.Select(c => c.Firm));
    }

    /// <summary>The cell's label: every axis but the seed, briefs and firms by their short names.</summary>
    public string Of(ExperimentCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return string.Join(" / ", cell.Protocol, cell.Variant.Name, cell.Scenario, BriefOf(cell), FirmOf(cell));
    }

    /// <summary>The short name of the cell's brief.</summary>
    public string BriefOf(ExperimentCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Name(_briefs, cell.Brief);
    }

    /// <summary>The short name of the cell's firm.</summary>
    public string FirmOf(ExperimentCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Name(_firms, cell.Firm);
    }

    private static string Name(Dictionary<string, string> names, string? path) =>
        path is null ? ExperimentCell.Default : names.GetValueOrDefault(path, Path.GetFileName(path));

    private static Dictionary<string, string> Shorten(IEnumerable<string?> paths)
    {
        var distinct = paths.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in distinct.GroupBy(Stem, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1 && members[0].Length > 0)
            {
                names[members[0]] = group.Key;
                continue;
            }

            var root = CommonFolder(members);
            foreach (var path in members)
            {
                names[path] = Path.GetRelativePath(root, path).Replace('\\', '/');
            }
        }

        return names;
    }

    private static string Stem(string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        var stem = Directory.Exists(trimmed) ? Path.GetFileName(trimmed) : Path.GetFileNameWithoutExtension(trimmed);
        return stem.Length == 0 ? trimmed : stem;
    }

    // The deepest folder holding every path (the root of the file system when they share none).
    private static string CommonFolder(List<string> paths)
    {
        var folders = paths.Select(p => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))) ?? p).ToList();
        var common = folders[0];
        while (folders.Any(f => !IsWithin(f, common)))
        {
            common = Path.GetDirectoryName(common) ?? string.Empty;
            if (common.Length == 0)
            {
                return Path.GetPathRoot(Path.GetFullPath(paths[0])) ?? string.Empty;
            }
        }

        return common;
    }

    private static bool IsWithin(string folder, string root) =>
        string.Equals(folder, root, StringComparison.Ordinal)
        || folder.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
