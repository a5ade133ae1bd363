using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>Reads the files the entry file's <c>include:</c> list names and hands over their sections.</summary>
internal sealed class IncludeReader(MappingContext context, string entryFullPath)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { entryFullPath };

    public void ReadAll(ManifestNode includes, Action<MapEntry> addSection)
    {
        foreach (var path in ListValues.Texts(context.Values, includes, SectionTable.Include))
        {
            if (Read(path) is { } root)
            {
                foreach (var entry in root.Entries)
                {
                    addSection(entry);
                }
            }
        }
    }

    private MapNode? Read(LocatedText path)
    {
        if (context.Files.Resolve(path.Value, path.Location, "include") is not { } full)
        {
            return null;
        }

        if (!_read.Add(full))
        {
            var what = full == entryFullPath ? "the entry file itself (an include cycle)" : "a file already included";
            context.Diagnostics.Add(path.Location, ErrorCodes.IncludeNotAllowed, $"Include '{path.Value}' names {what}.",
                "Remove this include; list each other file once.");
            return null;
        }

        if (context.Files.Read(full, path.Location, "included file", ErrorCodes.IncludeMissing) is not { } text)
        {
            return null;
        }

        var relative = context.Files.Relative(full);
        context.Diagnostics.RegisterFile(relative);
        var root = YamlTreeBuilder.Parse(text, relative, context.Diagnostics);
        return root is null ? null : context.Values.Map(root, relative);
    }
}
