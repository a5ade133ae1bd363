using NexusSim.Core.Audit;
using NexusSim.Core.Journal;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class SqliteRunJournalTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpenAsync_NewRunDirectory_UsesWalJournalMode()
    {
        await using (await OpenWithRunAsync())
        {
        }

        var mode = await RawDatabase.ScalarAsync(_temp.RunDirectory, "PRAGMA journal_mode;");

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task GetRunAsync_CreatedRun_ReturnsTheSameRecord()
    {
        await using var journal = await OpenWithRunAsync();

        var run = await journal.GetRunAsync(Samples.RunId, CancellationToken.None);

        Assert.Equal(Samples.Run(), run);
    }

    [Fact]
    public async Task CreateRunAsync_RunAlreadyExists_ThrowsInvalidOperation()
    {
        await using var journal = await OpenWithRunAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.CreateRunAsync(Samples.Run(), CancellationToken.None));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitStepAsync_StepWithArtifactAndEvents_StoresStepArtifactAndEntries()
    {
        await using var journal = await OpenWithRunAsync();

        var written = await journal.CommitStepAsync(Samples.Step("step-1", 1, 3, Samples.Artifact("artifact-1")), CancellationToken.None);

        var step = await journal.FindStepAsync(Samples.RunId, "step-1", CancellationToken.None);
        Assert.Equal(new StepRecord(Samples.RunId, "step-1", "agent_turn", "{\"text\":\"done\"}", Samples.Start), step);
        Assert.Equal([Samples.Artifact("artifact-1")], await journal.ReadArtifactsAsync(Samples.RunId, CancellationToken.None));
        var stored = await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Sequence));
        Assert.Equal(written.Select(AuditCanonical.ToJsonLine), stored.Select(AuditCanonical.ToJsonLine));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public async Task CommitStepAsync_TextsWithNulCharacters_ReadBackWholeAndTheChainVerifies(int length)
    {
        await using var journal = await OpenWithRunAsync();
        var text = new string('x', length) + "\0after the NUL é\0";
        var artifact = Samples.Artifact("artifact-nul") with { Content = "# Memo\n\n" + text };
        var step = Samples.Step("step-nul", 1, 2, artifact);
        step = step with { Events = [step.Events[0] with { Reason = text }, step.Events[1] with { Subject = "s\0" + text }] };

        var written = await journal.CommitStepAsync(step, CancellationToken.None);

        Assert.Equal([artifact], await journal.ReadArtifactsAsync(Samples.RunId, CancellationToken.None));
        var stored = await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
        Assert.Equal(text, stored[0].Reason);
        Assert.Equal("s\0" + text, stored[1].Subject);
        Assert.Equal(written.Select(AuditCanonical.ToJsonLine), stored.Select(AuditCanonical.ToJsonLine));
        Assert.All(stored, e => Assert.Equal(e.Hash, AuditCanonical.ComputeHash(e)));
    }

    [Fact]
    public async Task CommitStepAsync_SecondStep_ContinuesSequenceAndChainsOnTheFirstStepsLastHash()
    {
        await using var journal = await OpenWithRunAsync();
        var first = await journal.CommitStepAsync(Samples.Step("step-1", 1, 2), CancellationToken.None);

        var second = await journal.CommitStepAsync(Samples.Step("step-2", 3, 2), CancellationToken.None);

        Assert.Equal(3, second[0].Sequence);
        Assert.Equal(first[^1].Hash, second[0].PreviousHash);
        Assert.Equal(second[0].Hash, second[1].PreviousHash);
    }

    [Fact]
    public async Task CommitStepAsync_DuplicateStepKey_ThrowsAndWritesNothingOfTheSecondStep()
    {
        await using var journal = await OpenWithRunAsync();
        await journal.CommitStepAsync(Samples.Step("step-1", 1, 2, Samples.Artifact("artifact-1")), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => journal.CommitStepAsync(Samples.Step("step-1", 3, 2, Samples.Artifact("artifact-2")), CancellationToken.None));

        Assert.Contains("already committed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await RawDatabase.CountAsync(_temp.RunDirectory, "steps"));
        Assert.Equal(1, await RawDatabase.CountAsync(_temp.RunDirectory, "artifacts"));
        Assert.Equal(2, await RawDatabase.CountAsync(_temp.RunDirectory, "audit_entries"));
    }

    [Fact]
    public async Task CommitStepAsync_FailureAfterStepArtifactsAndFirstEntryWereWritten_LeavesNothingOfTheStep()
    {
        await using var journal = await OpenWithRunAsync();
        var failing = Samples.Step("step-1", 1, 1, Samples.Artifact("artifact-1")) with
        {
            Events = [Samples.Event(1), Samples.Event(2) with { Data = new ThrowingData() }],
        };

        await Assert.ThrowsAsync<InjectedFailureException>(() => journal.CommitStepAsync(failing, CancellationToken.None));

        Assert.Null(await journal.FindStepAsync(Samples.RunId, "step-1", CancellationToken.None));
        Assert.Equal(0, await RawDatabase.CountAsync(_temp.RunDirectory, "steps"));
        Assert.Equal(0, await RawDatabase.CountAsync(_temp.RunDirectory, "artifacts"));
        Assert.Equal(0, await RawDatabase.CountAsync(_temp.RunDirectory, "audit_entries"));
    }

    [Fact]
    public async Task CommitStepAsync_AfterAFailedStep_ChainsFromTheLastCommittedEntry()
    {
        await using var journal = await OpenWithRunAsync();
        var first = await journal.CommitStepAsync(Samples.Step("step-1", 1, 2), CancellationToken.None);
        var failing = Samples.Step("step-2", 3, 1) with { Events = [Samples.Event(3), Samples.Event(4) with { Data = new ThrowingData() }] };
        await Assert.ThrowsAsync<InjectedFailureException>(() => journal.CommitStepAsync(failing, CancellationToken.None));

        var retried = await journal.CommitStepAsync(Samples.Step("step-2", 3, 2), CancellationToken.None);

        Assert.Equal(3, retried[0].Sequence);
        Assert.Equal(first[^1].Hash, retried[0].PreviousHash);
        Assert.True(AuditVerifier.Verify(await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task CommitStepAsync_ArtifactIdAlreadyInTheRun_ThrowsInvalidOperationAndWritesNothingOfTheStep()
    {
        await using var journal = await OpenWithRunAsync();
        await journal.CommitStepAsync(Samples.Step("step-1", 1, 1, Samples.Artifact("artifact-1")), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => journal.CommitStepAsync(Samples.Step("step-2", 2, 1, Samples.Artifact("artifact-2"), Samples.Artifact("artifact-1", 2)), CancellationToken.None));

        Assert.Contains("artifact-1", error.Message, StringComparison.Ordinal);
        Assert.Null(await journal.FindStepAsync(Samples.RunId, "step-2", CancellationToken.None));
        Assert.Equal(1, await RawDatabase.CountAsync(_temp.RunDirectory, "artifacts"));
        Assert.Equal(1, await RawDatabase.CountAsync(_temp.RunDirectory, "audit_entries"));
    }

    [Fact]
    public async Task CommitStepAsync_UnknownRun_ThrowsInvalidOperation()
    {
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.CommitStepAsync(Samples.Step("step-1", 1, 1), CancellationToken.None));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRunStatusAsync_KnownRun_ChangesTheStoredStatus()
    {
        await using var journal = await OpenWithRunAsync();

        await journal.SetRunStatusAsync(Samples.RunId, "completed", CancellationToken.None);

        Assert.Equal("completed", (await journal.GetRunAsync(Samples.RunId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task SetRunStatusAsync_UnknownRun_ThrowsInvalidOperation()
    {
        await using var journal = await OpenWithRunAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.SetRunStatusAsync("run-9999", "completed", CancellationToken.None));
    }

    [Fact]
    public async Task CommitStepAsync_ConcurrentCallers_AllStepsCommitInOneIntactChain()
    {
        await using var journal = await OpenWithRunAsync();
        var steps = Enumerable.Range(0, 24).Select(i => Samples.Step($"step-{i + 1}", (i * 2) + 1, 2, Samples.Artifact($"artifact-{i + 1}")));

        await Task.WhenAll(steps.Select(step => Task.Run(() => journal.CommitStepAsync(step, CancellationToken.None))));

        var audit = await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 48).Select(i => (long)i), audit.Select(e => e.Sequence));
        Assert.True(AuditVerifier.Verify(audit).IsValid);
        Assert.Equal(24, (await journal.ReadArtifactsAsync(Samples.RunId, CancellationToken.None)).Count);
        Assert.All(audit.Chunk(2), pair => Assert.Equal(pair[0].Data["step"], (int.Parse(pair[1].Data["step"], System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task CommitStepAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var journal = await OpenWithRunAsync();
        await journal.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.CommitStepAsync(Samples.Step("step-1", 1, 1), CancellationToken.None));
    }

    private async Task<SqliteRunJournal> OpenWithRunAsync()
    {
        var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        await journal.CreateRunAsync(Samples.Run(), CancellationToken.None);
        return journal;
    }
}
