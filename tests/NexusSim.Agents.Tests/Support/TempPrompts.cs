namespace NexusSim.Agents.Tests.Support;

/// <summary>A throw-away copy of the prompts directory that a test may break; deleted on dispose.</summary>
internal sealed class TempPrompts : IDisposable
{
    public TempPrompts()
    {
        Directory = Path.Combine(Path.GetTempPath(), "nexussim-prompts-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.GetFiles(ContentSamples.PromptsDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(ContentSamples.PromptsDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    /// <summary>Writes a content file and returns its full path.</summary>
    public string WriteContent(string name, string text)
    {
        var path = Path.Combine(Directory, "content", name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
