using NexusSim.Core.Audit;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Audit;

public sealed class AuditVerifierTests : IDisposable
{
    private readonly AuditCheckpointSigner _signer = AuditCheckpointSigner.Generate();

    [Fact]
    public void Verify_IntactChain_IsValid()
    {
        var chain = AuditSamples.Chain(20);

        var result = AuditVerifier.Verify(chain);

        Assert.True(result.IsValid, result.Reason);
        Assert.Null(result.FirstBadSequence);
    }

    [Fact]
    public void Verify_EmptyChain_IsValid()
    {
        var result = AuditVerifier.Verify([]);

        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public void Verify_EditedReason_NamesTheEditedEntry()
    {
        var chain = AuditSamples.Chain(10);
        chain[6] = chain[6] with { Reason = "nothing to see here" };

        var result = AuditVerifier.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(7, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_EditedDataValue_NamesTheEditedEntry()
    {
        var chain = AuditSamples.Chain(10);
        chain[2] = chain[2] with { Data = new Dictionary<string, string> { ["step"] = "3", ["amount"] = "1000000" } };

        var result = AuditVerifier.Verify(chain);

        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_MiddleEntryDeleted_NamesTheMissingEntry()
    {
        var chain = AuditSamples.Chain(10);
        chain.RemoveAt(4);

        var result = AuditVerifier.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(5, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_MiddleEntryDeletedAndLaterOnesRenumbered_NamesTheGap()
    {
        var chain = AuditSamples.Chain(10);
        chain.RemoveAt(4);
        var renumbered = chain.Select((entry, i) => entry with { Sequence = i + 1 }).ToList();

        var result = AuditVerifier.Verify(renumbered);

        Assert.Equal(5, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_TwoEntriesSwappedInPlace_NamesTheFirstSwappedPosition()
    {
        var chain = AuditSamples.Chain(10);
        (chain[3], chain[4]) = (chain[4] with { Sequence = 4 }, chain[3] with { Sequence = 5 });

        var result = AuditVerifier.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(4, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_TruncatedTailWithoutCheckpoint_CannotTellAndPasses()
    {
        var chain = AuditSamples.Chain(10);

        var result = AuditVerifier.Verify(chain.Take(7));

        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public void Verify_TruncatedTailWithCheckpoint_NamesTheFirstRemovedEntry()
    {
        var chain = AuditSamples.Chain(10);
        var checkpoint = _signer.Sign(AuditSamples.RunId, 10, chain[9].Hash);

        var result = AuditVerifier.Verify(chain.Take(7), checkpoint, _signer.Verifier);

        Assert.False(result.IsValid);
        Assert.Equal(8, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_ChainLongerThanCheckpoint_IsValid()
    {
        var chain = AuditSamples.Chain(10);
        var checkpoint = _signer.Sign(AuditSamples.RunId, 6, chain[5].Hash);

        var result = AuditVerifier.Verify(chain, checkpoint, _signer.Verifier);

        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public void Verify_ChainResealedAfterAnEdit_IsCaughtByTheCheckpoint()
    {
        var chain = AuditSamples.Chain(10);
        var checkpoint = _signer.Sign(AuditSamples.RunId, 10, chain[9].Hash);
        chain[2] = chain[2] with { Outcome = "denied" };
        var forged = AuditSamples.Reseal(chain, 3);

        var chainOnly = AuditVerifier.Verify(forged);
        var result = AuditVerifier.Verify(forged, checkpoint, _signer.Verifier);

        Assert.True(chainOnly.IsValid, chainOnly.Reason);
        Assert.False(result.IsValid);
        Assert.Equal(10, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_CheckpointWithForgedSignature_IsRejected()
    {
        var chain = AuditSamples.Chain(10);
        var forged = _signer.Sign(AuditSamples.RunId, 7, chain[6].Hash) with { Signature = new string('a', 128) };

        var result = AuditVerifier.Verify(chain.Take(7), forged, _signer.Verifier);

        Assert.False(result.IsValid);
        Assert.Contains("signature", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryOfAnotherRun_NamesIt()
    {
        var chain = AuditSamples.Chain(4);
        chain[2] = chain[2] with { RunId = "run-9999" };

        var result = AuditVerifier.Verify(chain);

        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_CheckpointSignedForAnotherRun_IsRejectedAsSwapped()
    {
        var chain = AuditSamples.Chain(10);
        var checkpoint = _signer.Sign("run-other", 10, chain[9].Hash);

        var result = AuditVerifier.Verify(chain, checkpoint, _signer.Verifier);

        Assert.False(result.IsValid);
        Assert.Contains("swapped", result.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _signer.Dispose();
}
