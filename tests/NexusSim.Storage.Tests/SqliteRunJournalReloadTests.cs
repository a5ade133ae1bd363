using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class SqliteRunJournalReloadTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpenAsync_ExistingRun_RestoresRunStepsArtifactsAndAudit()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 2);

        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);

        Assert.Equal(Samples.Run(), await journal.GetRunAsync(Samples.RunId, CancellationToken.None));
        Assert.NotNull(await journal.FindStepAsync(Samples.RunId, "step-3", CancellationToken.None));
        Assert.Equal(["artifact-1", "artifact-2", "artifact-3"], (await journal.ReadArtifactsAsync(Samples.RunId, CancellationToken.None)).Select(a => a.ArtifactId));
        var audit = await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
        Assert.Equal(6, audit.Count);
        Assert.Equal(Samples.Event(4).Reason, audit[3].Reason);
        Assert.Equal(Samples.Event(4).SimulatedAt, audit[3].SimulatedAt);
    }

    [Fact]
    public async Task CommitStepAsync_AfterReopen_ContinuesTheChainFromTheStoredTail()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 2);
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        var before = await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);

        var written = await journal.CommitStepAsync(Samples.Step("step-3", 5, 2), CancellationToken.None);

        Assert.Equal(5, written[0].Sequence);
        Assert.Equal(before[^1].Hash, written[0].PreviousHash);
        Assert.True(AuditVerifier.Verify(await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task CreateRunAsync_DirectoryAlreadyHoldsARun_ThrowsInvalidOperation()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 1);
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => journal.CreateRunAsync(Samples.Run() with { RunId = "run-0002" }, CancellationToken.None));

        Assert.Contains("holds run 'run-0001'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_EditedAuditEntry_ThrowsInvalidDataNamingTheEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 2);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "UPDATE audit_entries SET outcome = 'denied' WHERE sequence = 2;");

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None));

        Assert.Contains("Entry 2 was altered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_TailRemovedAndCheckpointDeleted_ThrowsInvalidData()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 2);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence > 2;");
        File.Delete(_temp.CheckpointPath);

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None));

        Assert.Contains("audit.checkpoint.json is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_TruncatedTail_ThrowsInvalidDataNamingTheFirstRemovedEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 2);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence > 2;");

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None));

        Assert.Contains("entries 3 to 4 were removed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAuditEntry_WithTheJournalsGuards_IsRefusedByTheDatabase()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 2);

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => RawDatabase.ExecuteAsync(_temp.RunDirectory, "UPDATE audit_entries SET reason = 'x' WHERE sequence = 1;", dropGuards: false));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAuditEntry_WithTheJournalsGuards_IsRefusedByTheDatabase()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 2);

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries WHERE sequence = 2;", dropGuards: false));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
