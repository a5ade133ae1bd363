using NexusSim.Core.Audit;
using NexusSim.Core.Journal;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Journal;

public sealed class InMemoryRunJournalTests
{
    private readonly InMemoryRunJournal _journal = new(new FixedTimeProvider(AuditSamples.Start));

    [Fact]
    public async Task CommitStepAsync_TwoSteps_ChainsTheSecondAfterTheFirst()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        var first = await _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 3), CancellationToken.None);

        var second = await _journal.CommitStepAsync(JournalSamples.Step("s2", 4, 2), CancellationToken.None);

        Assert.Equal([4L, 5L], second.Select(e => e.Sequence));
        Assert.Equal(first[^1].Hash, second[0].PreviousHash);
        Assert.True(AuditVerifier.Verify(await _journal.ReadAuditAsync(AuditSamples.RunId, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task CommitStepAsync_DuplicateArtifactId_WritesNothing()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        await _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 1, JournalSamples.Artifact("a1")), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.CommitStepAsync(JournalSamples.Step("s2", 2, 2, JournalSamples.Artifact("a2"), JournalSamples.Artifact("a1", 2)), CancellationToken.None));

        Assert.Null(await _journal.FindStepAsync(AuditSamples.RunId, "s2", CancellationToken.None));
        Assert.Single(await _journal.ReadAuditAsync(AuditSamples.RunId, CancellationToken.None));
        Assert.Single(await _journal.ReadArtifactsAsync(AuditSamples.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task CommitStepAsync_SameArtifactIdTwiceInOneStep_WritesNothing()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 1, JournalSamples.Artifact("a1"), JournalSamples.Artifact("a1", 2)), CancellationToken.None));

        Assert.Empty(await _journal.ReadArtifactsAsync(AuditSamples.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task CommitStepAsync_AfterARefusedStep_ItsOtherArtifactIdsAreStillFree()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        await _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 1, JournalSamples.Artifact("a1")), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.CommitStepAsync(JournalSamples.Step("s2", 2, 1, JournalSamples.Artifact("a2"), JournalSamples.Artifact("a1", 2)), CancellationToken.None));

        await _journal.CommitStepAsync(JournalSamples.Step("s2", 2, 1, JournalSamples.Artifact("a2")), CancellationToken.None);

        Assert.Equal(["a1", "a2"], (await _journal.ReadArtifactsAsync(AuditSamples.RunId, CancellationToken.None)).Select(a => a.ArtifactId));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _journal.CommitStepAsync(JournalSamples.Step("s3", 3, 1, JournalSamples.Artifact("a2", 3)), CancellationToken.None));
    }

    [Fact]
    public async Task CommitStepAsync_StepKeyAlreadyCommitted_Throws()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        await _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 1), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _journal.CommitStepAsync(JournalSamples.Step("s1", 2, 1), CancellationToken.None));
    }

    [Fact]
    public async Task CommitStepAsync_EventOfAnotherRun_ThrowsArgumentException()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        var step = JournalSamples.Step("s1", 1, 1) with { Events = [AuditSamples.Event(1) with { RunId = "other" }] };

        await Assert.ThrowsAsync<ArgumentException>(() => _journal.CommitStepAsync(step, CancellationToken.None));
    }

    [Fact]
    public async Task FindStepAsync_CommittedStep_ReturnsItsResult()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);
        await _journal.CommitStepAsync(JournalSamples.Step("s1", 1, 1), CancellationToken.None);

        var step = await _journal.FindStepAsync(AuditSamples.RunId, "s1", CancellationToken.None);

        Assert.Equal(new StepRecord(AuditSamples.RunId, "s1", "agent_turn", "{\"text\":\"done\"}", AuditSamples.Start), step);
    }

    [Fact]
    public async Task SetRunStatusAsync_KnownRun_ChangesTheStatus()
    {
        await _journal.CreateRunAsync(JournalSamples.Run(), CancellationToken.None);

        await _journal.SetRunStatusAsync(AuditSamples.RunId, "completed", CancellationToken.None);

        Assert.Equal("completed", (await _journal.GetRunAsync(AuditSamples.RunId, CancellationToken.None))?.Status);
    }
}
