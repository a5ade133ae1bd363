using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Support;

/// <summary>
/// A temporary manifest directory holding the <see cref="ValidManifest"/> files; a test mutates
/// one thing (<see cref="Replace"/>, <see cref="Write"/>, <see cref="Delete"/>) and loads it.
/// <see cref="LineOf"/> finds the line a test's mutation landed on, for asserting error locations.
/// </summary>
internal sealed class ManifestWorkspace : IDisposable
{
    private ManifestWorkspace(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>A new directory with only <paramref name="entryText"/> as manifest.yaml.</summary>
    public static ManifestWorkspace WithEntry(string entryText)
    {
        var workspace = new ManifestWorkspace(System.IO.Directory.CreateTempSubdirectory("nexussim-manifest-").FullName);
        workspace.Write(ValidManifest.EntryFile, entryText);
        return workspace;
    }

    /// <summary>A new directory holding the whole valid fixture.</summary>
    public static ManifestWorkspace Valid()
    {
        var workspace = WithEntry(ValidManifest.Entry);
        workspace.Write(ValidManifest.DeliveryFile, ValidManifest.Delivery);
        foreach (var (path, text) in ValidManifest.Identities)
        {
            workspace.Write(path, text);
        }

        return workspace;
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public ManifestWorkspace Write(string relative, string text)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public ManifestWorkspace WriteBytes(string relative, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(relative), bytes);
        return this;
    }

    public ManifestWorkspace Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    /// <summary>Replaces the one occurrence of <paramref name="oldText"/> in a file (fails the test if not exactly one).</summary>
    public ManifestWorkspace Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Equal(1, Occurrences(text, oldText));
        return Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Replaces in the entry file.</summary>
    public ManifestWorkspace Replace(string oldText, string newText) => Replace(ValidManifest.EntryFile, oldText, newText);

    /// <summary>The 1-based line of the one occurrence of <paramref name="text"/> in a file.</summary>
    public int LineOf(string relative, string text)
    {
        var content = File.ReadAllText(PathOf(relative));
        Assert.Equal(1, Occurrences(content, text));
        var index = content.IndexOf(text, StringComparison.Ordinal);
        return content[..index].Count(c => c == '\n') + 1;
    }

    /// <summary>The line in the entry file.</summary>
    public int LineOf(string text) => LineOf(ValidManifest.EntryFile, text);

    /// <summary>The 1-based column of the one occurrence of <paramref name="text"/> in a file.</summary>
    public int ColumnOf(string relative, string text)
    {
        var content = File.ReadAllText(PathOf(relative));
        var index = content.IndexOf(text, StringComparison.Ordinal);
        return index - content.LastIndexOf('\n', Math.Max(index - 1, 0));
    }

    public ManifestLoadResult Load() => ManifestLoader.Load(Directory);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
