using System.Diagnostics;

namespace NexusSim.Core.Tests.Hostile;

/// <summary>Makes the special files the hostile tests point loaders at (FIFOs, links), in temp folders only.</summary>
internal static class HostilePaths
{
    /// <summary>A secret the tests plant in a file outside the folder a loader may read; no error may quote it.</summary>
    public const string Secret = "SECRET-do-not-echo-7f3a";

    public static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A file outside any manifest folder holding <see cref="Secret"/>.</summary>
    public static string OutsideSecretFile()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-outside-").FullName;
        var path = Path.Combine(directory, "secret.yaml");
        File.WriteAllText(path, $"client: {Secret}\nkey: [{Secret}\n");
        return path;
    }
}
