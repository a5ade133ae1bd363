using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class AuditExporterTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ExportAsync_Run_WritesOneCanonicalLinePerEntryInSequenceOrder()
    {
        var (path, audit) = await ExportAsync(_temp.RunDirectory);

        Assert.Equal(Path.Combine(_temp.RunDirectory, "audit.jsonl"), path);
        Assert.Equal(audit.Select(AuditCanonical.ToJsonLine), AuditFiles.Lines(path));
    }

    [Fact]
    public async Task ExportAsync_Run_WritesUtf8WithoutBomAndLineFeedEndings()
    {
        var (path, _) = await ExportAsync(_temp.RunDirectory);

        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public async Task ReadAsync_ExportedFile_RoundTripsEveryEntry()
    {
        var (path, audit) = await ExportAsync(_temp.RunDirectory);

        var read = await AuditExporter.ReadAsync(path, CancellationToken.None);

        Assert.Equal(audit.Select(AuditCanonical.ToJsonLine), read.Select(AuditCanonical.ToJsonLine));
        Assert.Equal(audit.Select(e => e.Hash), read.Select(AuditCanonical.ComputeHash));
    }

    [Fact]
    public async Task ReadAsync_MalformedLine_ThrowsFormatExceptionNamingTheLine()
    {
        var (path, _) = await ExportAsync(_temp.RunDirectory);
        var lines = AuditFiles.Lines(path);
        lines[2] = lines[2].Replace("\"sequence\":3,", "\"sequence\":\"3\",", StringComparison.Ordinal);
        AuditFiles.Write(path, lines);

        var error = await Assert.ThrowsAsync<FormatException>(() => AuditExporter.ReadAsync(path, CancellationToken.None));

        Assert.Contains("audit.jsonl:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyExportAsync_CleanExportOfASealedRun_IsValid()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await Samples.SealAsync(_temp);

        var result = await AuditFileVerifier.VerifyExportAsync(Path.Combine(_temp.RunDirectory, AuditExporter.FileName), _temp.KeyPath, CancellationToken.None);

        Assert.True(result.IsValid, result.Reason);
        Assert.StartsWith("13 entries verified; checkpoint at entry 13 matches.", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyExportAsync_ExportElsewhereWithoutTheCheckpoint_IsInvalid()
    {
        var (path, _) = await ExportAsync(Path.Combine(_temp.Root, "elsewhere"));

        var result = await AuditFileVerifier.VerifyExportAsync(path, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("audit.checkpoint.json is missing", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyExportAsync_NoFile_IsInvalid()
    {
        var result = await AuditFileVerifier.VerifyExportAsync(Path.Combine(_temp.Root, "audit.jsonl"), _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("No audit file", result.Reason, StringComparison.Ordinal);
    }

    private async Task<(string Path, IReadOnlyList<AuditEntry> Audit)> ExportAsync(string outputDirectory)
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        var path = await AuditExporter.ExportAsync(journal, Samples.RunId, outputDirectory, CancellationToken.None);
        return (path, await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None));
    }
}
