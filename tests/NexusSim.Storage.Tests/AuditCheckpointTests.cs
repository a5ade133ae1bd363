using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class AuditCheckpointTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task CommitStepAsync_FirstStep_WritesACheckpointSignedWithTheUsersKey()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        await journal.CreateRunAsync(Samples.Run(), CancellationToken.None);

        var written = await journal.CommitStepAsync(Samples.Step("step-1", 1, 3), CancellationToken.None);

        var checkpoint = await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None);
        var signer = await CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None);
        Assert.Equal(3, checkpoint!.Sequence);
        Assert.Equal(written[^1].Hash, checkpoint.Hash);
        Assert.True(signer!.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public async Task CommitStepAsync_ChainGrewLessThanTheInterval_KeepsThePreviousCheckpoint()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(checkpointInterval: 5), CancellationToken.None);
        await journal.CreateRunAsync(Samples.Run(), CancellationToken.None);
        await journal.CommitStepAsync(Samples.Step("step-1", 1, 2), CancellationToken.None);

        await journal.CommitStepAsync(Samples.Step("step-2", 3, 2), CancellationToken.None);

        Assert.Equal(2, (await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None))!.Sequence);
    }

    [Fact]
    public async Task CommitStepAsync_ChainGrewByTheInterval_MovesTheCheckpoint()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(checkpointInterval: 4), CancellationToken.None);
        await journal.CreateRunAsync(Samples.Run(), CancellationToken.None);
        await journal.CommitStepAsync(Samples.Step("step-1", 1, 2), CancellationToken.None);
        await journal.CommitStepAsync(Samples.Step("step-2", 3, 2), CancellationToken.None);

        await journal.CommitStepAsync(Samples.Step("step-3", 5, 2), CancellationToken.None);

        Assert.Equal(6, (await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None))!.Sequence);
    }

    [Fact]
    public async Task SetRunStatusAsync_EntriesPastTheCheckpoint_CheckpointsTheLastEntry()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(checkpointInterval: 100), CancellationToken.None);
        await journal.CreateRunAsync(Samples.Run(), CancellationToken.None);
        await journal.CommitStepAsync(Samples.Step("step-1", 1, 2), CancellationToken.None);
        await journal.CommitStepAsync(Samples.Step("step-2", 3, 2), CancellationToken.None);

        await journal.SetRunStatusAsync(Samples.RunId, "completed", CancellationToken.None);

        Assert.Equal(4, (await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None))!.Sequence);
    }

    [Fact]
    public async Task DisposeAsync_EntriesPastTheCheckpoint_CheckpointsTheLastEntry()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 2, checkpointInterval: 100);

        var checkpoint = await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None);

        Assert.Equal(6, checkpoint!.Sequence);
        Assert.False(File.Exists(_temp.CheckpointPath + ".tmp"));
    }

    [Fact]
    public async Task ReadAsync_CheckpointFile_HasTheDocumentedShape()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 1);

        var text = await File.ReadAllTextAsync(_temp.CheckpointPath);

        Assert.Matches("^\\{\"hash\":\"[0-9a-f]{64}\",\"publicKey\":\"[A-Za-z0-9+/=]{124}\",\"runId\":\"run-0001\",\"sealed\":false,\"sequence\":1,\"signature\":\"[0-9a-f]{128}\"\\}\n$", text);
    }

    [Fact]
    public async Task ReadAsync_MalformedCheckpointFile_ThrowsInvalidData()
    {
        Directory.CreateDirectory(_temp.RunDirectory);
        await File.WriteAllTextAsync(_temp.CheckpointPath, "{\"sequence\":1}");

        await Assert.ThrowsAsync<InvalidDataException>(() => AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_CheckpointSignedWithAnotherKey_ThrowsInvalidData()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 2);
        var otherKey = Path.Combine(_temp.Root, "other.key");

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => SqliteRunJournal.OpenAsync(_temp.RunDirectory, new SqliteJournalOptions { CheckpointKeyPath = otherKey }, CancellationToken.None));

        Assert.Contains("another key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ByTheJournalsKey_IsNotAuthenticUnderAnotherKey()
    {
        await Samples.WriteRunAsync(_temp, steps: 1, eventsPerStep: 1);
        var checkpoint = await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None);

        using var other = AuditCheckpointSigner.Generate();

        Assert.False(other.Verifier.IsAuthentic(checkpoint!));
    }
}
