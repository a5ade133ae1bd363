using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

/// <summary>A run of 3 steps x 4 entries (checkpoint at 12), tampered with in run.db by raw SQL.</summary>
public sealed class DatabaseTamperingTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task VerifyRunAsync_CleanSealedRun_IsValid()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await Samples.SealAsync(_temp);

        var result = await VerifyAsync();

        Assert.True(result.IsValid, result.Reason);
        Assert.Null(result.FirstBadSequence);
        Assert.StartsWith("13 entries verified; checkpoint at entry 13 matches. Sealed by key ", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_EditedField_NamesTheEditedEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "UPDATE audit_entries SET reason = 'grant covers everything' WHERE sequence = 5;");

        var result = await VerifyAsync();

        AssertInvalid(result, 5, "Entry 5 was altered");
    }

    [Fact]
    public async Task VerifyRunAsync_EditedDataJson_NamesTheEditedEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "UPDATE audit_entries SET data_json = '{\"step\":\"99\"}' WHERE sequence = 9;");

        var result = await VerifyAsync();

        AssertInvalid(result, 9, "Entry 9 was altered");
    }

    [Fact]
    public async Task VerifyRunAsync_DeletedEntry_NamesTheMissingEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence = 5;");

        var result = await VerifyAsync();

        AssertInvalid(result, 5, "Entry 5 is missing");
    }

    [Fact]
    public async Task VerifyRunAsync_TwoEntriesReordered_NamesTheFirstOfThem()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(
            _temp.RunDirectory,
            "UPDATE audit_entries SET sequence = -4 WHERE sequence = 4; UPDATE audit_entries SET sequence = 4 WHERE sequence = 5; UPDATE audit_entries SET sequence = 5 WHERE sequence = -4;");

        var result = await VerifyAsync();

        AssertInvalid(result, 4, "Entry 4 is out of order");
    }

    [Fact]
    public async Task VerifyRunAsync_TailTruncated_NamesTheFirstRemovedEntryFromTheCheckpoint()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence > 10;");

        var result = await VerifyAsync();

        AssertInvalid(result, 11, "entries 11 to 12 were removed");
    }

    [Fact]
    public async Task VerifyRunAsync_TailTruncatedAndCheckpointMovedBack_RejectsTheUnsignedCheckpoint()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        var audit = await ReadCleanAuditAsync();
        var signed = (await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None))!;
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence > 10;");
        await AuditCheckpointFile.WriteAsync(_temp.RunDirectory, signed with { Sequence = 10, Hash = audit[9].Hash }, CancellationToken.None);

        var result = await VerifyAsync();

        Assert.False(result.IsValid);
        Assert.Null(result.FirstBadSequence);
        Assert.Contains("signature (entry 10) is not valid", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_ForgedEntryInsertedAndLaterOnesRenumbered_NamesTheForgedEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        var audit = await ReadCleanAuditAsync();
        await RawDatabase.ExecuteAsync(
            _temp.RunDirectory,
            "UPDATE audit_entries SET sequence = sequence + 1000 WHERE sequence >= 5; UPDATE audit_entries SET sequence = sequence - 999 WHERE sequence >= 1000;");
        await RawDatabase.InsertAuditAsync(_temp.RunDirectory, AuditFiles.Forge(audit[3]));

        var result = await VerifyAsync();

        AssertInvalid(result, 5, "Entry 5 was inserted");
    }

    [Fact]
    public async Task VerifyRunAsync_ForgedEntryAppendedAfterTheCheckpoint_NamesTheForgedEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        var audit = await ReadCleanAuditAsync();
        await RawDatabase.InsertAuditAsync(_temp.RunDirectory, AuditFiles.Forge(audit[^1]));

        var result = await VerifyAsync();

        AssertInvalid(result, 13, "come after the signed checkpoint");
    }

    [Fact]
    public async Task VerifyRunAsync_CheckpointFileDeleted_IsInvalid()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        File.Delete(_temp.CheckpointPath);

        var result = await VerifyAsync();

        AssertInvalid(result, null, "audit.checkpoint.json is missing");
    }

    [Fact]
    public async Task VerifyRunAsync_KeyFileAbsent_IsInvalidNamingTheKeyPath()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        var absentKey = Path.Combine(_temp.Root, "absent.key");

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, absentKey, CancellationToken.None);

        AssertInvalid(result, null, absentKey);
    }

    [Fact]
    public async Task VerifyRunAsync_NoDatabase_IsInvalid()
    {
        Directory.CreateDirectory(_temp.RunDirectory);

        var result = await VerifyAsync();

        AssertInvalid(result, null, "No run.db");
    }

    private static void AssertInvalid(AuditVerification result, long? firstBad, string reason)
    {
        Assert.False(result.IsValid);
        Assert.Equal(firstBad, result.FirstBadSequence);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    private Task<AuditVerification> VerifyAsync() =>
        AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

    private async Task<IReadOnlyList<AuditEntry>> ReadCleanAuditAsync()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        return await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
    }
}
