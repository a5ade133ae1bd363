namespace NexusSim.Cli.Reporting;

/// <summary>Writes a run folder's report.html from its run.db.</summary>
internal static class RunReport
{
    /// <summary>Loads the run in <paramref name="runDirectory"/> and writes report.html into <paramref name="outDirectory"/> (default: the run folder). Returns the file written.</summary>
    public static async Task<string> WriteAsync(string runDirectory, string? outDirectory, CancellationToken cancellationToken)
    {
        var model = await RunReadModelLoader.LoadAsync(runDirectory, cancellationToken).ConfigureAwait(false);
        var target = outDirectory ?? runDirectory;
        Directory.CreateDirectory(target);
        var path = Path.Combine(target, ReportHtml.FileName);
        await File.WriteAllTextAsync(path, ReportHtml.Render(model), cancellationToken).ConfigureAwait(false);
        return path;
    }
}
