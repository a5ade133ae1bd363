namespace NexusSim.Cli.Tests.Support;

/// <summary>A writable copy of a manifest directory, for tests that change the firm.</summary>
internal static class FirmCopy
{
    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/> and returns the copy's manifest.yaml path.</summary>
    public static string Create(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return Path.Combine(target, "manifest.yaml");
    }

    /// <summary>Sets the owners and/or max_attempts of gate <paramref name="gateId"/> in a manifest file.</summary>
    public static void EditGate(string manifestFile, string gateId, string? owners = null, int? maxAttempts = null)
    {
        var lines = File.ReadAllLines(manifestFile).ToList();
        var start = lines.FindIndex(l => l.Trim() == $"- id: {gateId}");
        Assert.True(start >= 0, $"gate {gateId} not found in {manifestFile}");
        var end = lines.FindIndex(start + 1, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) || !l.StartsWith("    ", StringComparison.Ordinal));
        end = end < 0 ? lines.Count : end;
        var hasMax = false;
        for (var i = start + 1; i < end; i++)
        {
            if (owners is not null && lines[i].StartsWith("    owners:", StringComparison.Ordinal))
            {
                lines[i] = $"    owners: [{owners}]";
            }

            if (maxAttempts is { } max && lines[i].StartsWith("    max_attempts:", StringComparison.Ordinal))
            {
                lines[i] = $"    max_attempts: {max}";
                hasMax = true;
            }
        }

        if (maxAttempts is { } cap && !hasMax)
        {
            lines.Insert(start + 1, $"    max_attempts: {cap}");
        }

        File.WriteAllLines(manifestFile, lines);
    }

    /// <summary>Makes <paramref name="actor"/> take every chain step that runs gate <paramref name="gateId"/>.</summary>
    public static void EditGateStepActor(string manifestFile, string gateId, string actor)
    {
        var lines = File.ReadAllLines(manifestFile);
        var edited = lines.Select(l => l.Contains($"gates: [{gateId}]", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Replace(l, @"actor: [a-z_]+", $"actor: {actor}")
            : l).ToArray();
        Assert.NotEqual(lines, edited);
        File.WriteAllLines(manifestFile, edited);
    }
}
