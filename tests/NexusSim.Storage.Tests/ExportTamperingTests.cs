using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

/// <summary>A run of 3 steps x 4 entries exported to audit.jsonl beside its checkpoint (at 12), then tampered with.</summary>
public sealed class ExportTamperingTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task VerifyExportAsync_EditedField_NamesTheEditedEntry()
    {
        var path = await ExportAsync();
        var lines = AuditFiles.Lines(path);
        lines[4] = lines[4].Replace("\"outcome\":\"allowed\"", "\"outcome\":\"denied\"", StringComparison.Ordinal);
        AuditFiles.Write(path, lines);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 5, "Entry 5 was altered");
    }

    [Fact]
    public async Task VerifyExportAsync_DeletedLine_NamesTheMissingEntry()
    {
        var path = await ExportAsync();
        var lines = AuditFiles.Lines(path);
        lines.RemoveAt(4);
        AuditFiles.Write(path, lines);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 5, "Entry 5 is missing");
    }

    [Fact]
    public async Task VerifyExportAsync_TwoLinesSwapped_NamesTheFirstOfThem()
    {
        var path = await ExportAsync();
        var lines = AuditFiles.Lines(path);
        (lines[3], lines[4]) = (lines[4], lines[3]);
        AuditFiles.Write(path, lines);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 4, "Entry 4 is out of order");
    }

    [Fact]
    public async Task VerifyExportAsync_TailTruncated_NamesTheFirstRemovedEntryFromTheCheckpoint()
    {
        var path = await ExportAsync();
        AuditFiles.Write(path, AuditFiles.Lines(path).Take(9));

        var result = await VerifyAsync(path);

        AssertInvalid(result, 10, "entries 10 to 12 were removed");
    }

    [Fact]
    public async Task VerifyExportAsync_ForgedEntryInsertedAndLaterOnesRenumbered_NamesTheForgedEntry()
    {
        var path = await ExportAsync();
        var entries = AuditFiles.Entries(path);
        var forged = entries.Take(4)
            .Append(AuditFiles.Forge(entries[3]))
            .Concat(entries.Skip(4).Select(e => e with { Sequence = e.Sequence + 1 }));
        AuditFiles.WriteEntries(path, forged);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 5, "Entry 5 was inserted");
    }

    [Fact]
    public async Task VerifyExportAsync_ForgedEntryAppended_NamesTheForgedEntry()
    {
        var path = await ExportAsync();
        var entries = AuditFiles.Entries(path);
        AuditFiles.WriteEntries(path, entries.Append(AuditFiles.Forge(entries[^1])));

        var result = await VerifyAsync(path);

        AssertInvalid(result, 13, "come after the signed checkpoint");
    }

    [Fact]
    public async Task VerifyExportAsync_EditedEntryAndResealedTail_IsCaughtAtTheCheckpointedEntry()
    {
        var path = await ExportAsync();
        var entries = AuditFiles.Entries(path);
        var resealed = new List<AuditEntry>(entries.Take(4));
        foreach (var entry in entries.Skip(4))
        {
            var edited = entry.Sequence == 5 ? entry with { Outcome = "denied" } : entry;
            resealed.Add(AuditEntry.Seal(ToEvent(edited), edited.Sequence, resealed[^1].Hash));
        }

        AuditFiles.WriteEntries(path, resealed);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 12, "does not match the checkpoint's hash");
    }

    [Fact]
    public async Task VerifyExportAsync_MalformedLine_NamesTheEntryItShouldHold()
    {
        var path = await ExportAsync();
        var lines = AuditFiles.Lines(path);
        lines[6] = lines[6][..^5];
        AuditFiles.Write(path, lines);

        var result = await VerifyAsync(path);

        AssertInvalid(result, 7, "entry 7 cannot be read");
    }

    private static AuditEvent ToEvent(AuditEntry e) =>
        new(e.RunId, e.SimulatedAt, e.Actor, e.Action, e.Outcome, e.Reason, e.Subject, e.Data, e.CausedBy, e.Recipient);

    private static void AssertInvalid(AuditVerification result, long? firstBad, string reason)
    {
        Assert.False(result.IsValid);
        Assert.Equal(firstBad, result.FirstBadSequence);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    private Task<AuditVerification> VerifyAsync(string path) =>
        AuditFileVerifier.VerifyExportAsync(path, _temp.KeyPath, CancellationToken.None);

    private async Task<string> ExportAsync()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        return await AuditExporter.ExportAsync(journal, Samples.RunId, _temp.RunDirectory, CancellationToken.None);
    }
}
