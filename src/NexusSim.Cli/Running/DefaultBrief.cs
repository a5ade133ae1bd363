using System.Reflection;

namespace NexusSim.Cli.Running;

/// <summary>The default brief (briefs/default.yaml), embedded in the executable so `run` works with no files around it.</summary>
internal static class DefaultBrief
{
    public const string ResourceName = "NexusSim.DefaultBrief.yaml";

    public const string SourceName = "briefs/default.yaml (embedded)";

    public static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded default brief {ResourceName} is missing from this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
