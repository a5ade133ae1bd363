namespace NexusSim.Agents.Tests.Support;

/// <summary>A firm folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFirm : IDisposable
{
    public TempFirm() => Path = Directory.CreateTempSubdirectory("nexus-firm-").FullName;

    public string Path { get; }

    public void Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public void Dispose() => Directory.Delete(Path, true);
}
