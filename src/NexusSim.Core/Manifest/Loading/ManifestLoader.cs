using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Loading.Mapping;
using NexusSim.Core.Manifest.Loading.Rules;
using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest;

/// <summary>
/// Loads and validates a role manifest strictly (docs/manifest-schema.md): every problem is
/// reported at once, each with file, line, column, a stable code and a fix; a manifest with any
/// error yields no <see cref="FirmManifest"/>. Error codes: docs/manifest-errors.md.
/// </summary>
public static class ManifestLoader
{
    /// <summary>The entry file's name inside a manifest directory.</summary>
    public const string EntryFileName = "manifest.yaml";

    // The entry file's likeliest misnaming, named in the fix when a folder holds it instead.
    private const string NearMissEntryFileName = "manifest.yml";

    // The fix when the path given is no manifest at all: what to give instead, and where the shipped firm is.
    private const string GiveAManifest =
        $"Give a manifest directory (with its {EntryFileName}) or the entry file itself; the shipped firm is in agents/ ('nexussim init DIR' copies it out).";

    /// <summary>Largest file the loader reads (1 MiB); larger files are refused before parsing.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Loads the manifest at <paramref name="path"/>: a manifest directory (its manifest.yaml) or the entry file.</summary>
    /// <param name="path">The manifest directory or entry file.</param>
    /// <returns>The manifest, or every error found.</returns>
    public static ManifestLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var diagnostics = new ManifestDiagnostics();
        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.Any(char.IsControl))
        {
            diagnostics.Add(new SourceLocation(EntryFileName, 1, 1), ErrorCodes.FileNotFound, "The manifest path holds a NUL or another control character.",
                "Pass --manifest a plain path to a manifest directory or its manifest.yaml.");
            return Failed(diagnostics);
        }

        var full = Path.GetFullPath(path);
        if (!Path.Exists(full))
        {
            // Nothing at the path at all: name it whole (not its last segment at a line 1 it does not have).
            diagnostics.Add(new SourceLocation(full, 0, 0), ErrorCodes.FileNotFound, $"There is no manifest directory or file at '{full}'.",
                GiveAManifest);
            return Failed(diagnostics);
        }

        var isFolder = System.IO.Directory.Exists(full);
        var entry = isFolder ? Path.Combine(full, EntryFileName) : full;
        if (isFolder && !Path.Exists(entry))
        {
            // A folder without its entry file: name the folder (a bare 'manifest.yaml:1:1' says not where).
            diagnostics.Add(new SourceLocation(entry, 0, 0), ErrorCodes.FileNotFound, $"The folder '{full}' has no {EntryFileName}.", MissingEntryFix(full));
            return Failed(diagnostics);
        }

        var files = new ManifestFiles(Path.GetDirectoryName(entry) ?? full, diagnostics);
        var entryRelative = files.Relative(entry);
        diagnostics.RegisterFile(entryRelative);
        var entryAt = new SourceLocation(entryRelative, 1, 1);

        var text = files.Read(entry, entryAt, "manifest file", ErrorCodes.FileNotFound);
        var root = text is null ? null : YamlTreeBuilder.Parse(text, entryRelative, diagnostics);
        if (root is null)
        {
            return Failed(diagnostics);
        }

        if (root is not MapNode rootMap)
        {
            // A file that is YAML but no map of sections (a text file, /etc/passwd) is most likely not a manifest at all.
            diagnostics.Add(root.Location, ErrorCodes.WrongNodeType,
                $"{entryRelative} does not look like a manifest: its top level is {root.Describe()}, not a map of sections (schema_version, firm, agents, …).",
                GiveAManifest);
            return Failed(diagnostics);
        }

        var context = new MappingContext(new ValueReader(diagnostics), files, new ManifestDraft { EntryLocation = entryAt });

        var sections = SectionTable.Collect(rootMap, entry, context);
        SectionMapper.MapAll(sections, context);
        if (!diagnostics.HasFileErrors)
        {
            // After a file that could not be read, every reference into it would dangle: report the
            // file's own error and stop there.
            ManifestValidator.Validate(context.Draft, diagnostics);
        }

        return diagnostics.HasErrors
            ? Failed(diagnostics)
            : new ManifestLoadResult(ManifestBuilder.Build(context.Draft, entry, files), []);
    }

    /// <summary>The fix for a folder without its entry file: a near miss in it (manifest.yml, Manifest.yaml) is named.</summary>
    private static string MissingEntryFix(string folder)
    {
        string? nearMiss;
        try
        {
            nearMiss = System.IO.Directory.EnumerateFiles(folder)
                .Select(Path.GetFileName)
                .Where(name => string.Equals(name, EntryFileName, StringComparison.OrdinalIgnoreCase) || string.Equals(name, NearMissEntryFileName, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            nearMiss = null; // an unlistable folder: the plain fix
        }

        return nearMiss is not null
            ? $"Rename '{nearMiss}' to '{EntryFileName}' (the name is exact, lower case, .yaml)."
            : $"Pass the firm's folder that holds its {EntryFileName}, or the entry file itself; the shipped firm is in agents/ ('nexussim init DIR' copies it out).";
    }

    private static ManifestLoadResult Failed(ManifestDiagnostics diagnostics) => new(null, diagnostics.Sorted());
}
