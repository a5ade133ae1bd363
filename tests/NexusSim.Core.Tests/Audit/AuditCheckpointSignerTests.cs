using NexusSim.Core.Audit;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Audit;

public sealed class AuditCheckpointSignerTests
{
    private readonly AuditCheckpointSigner _signer = new(AuditSamples.Key);

    [Fact]
    public void IsAuthentic_CheckpointItSigned_IsTrue()
    {
        var checkpoint = _signer.Sign(12, new string('b', 64));

        Assert.True(_signer.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_SequenceMovedBack_IsFalse()
    {
        var checkpoint = _signer.Sign(12, new string('b', 64)) with { Sequence = 7 };

        Assert.False(_signer.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_SignedWithAnotherKey_IsFalse()
    {
        var other = new AuditCheckpointSigner(Enumerable.Repeat((byte)9, 32).ToArray());

        var checkpoint = other.Sign(12, new string('b', 64));

        Assert.False(_signer.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_SignatureNotHex_IsFalse()
    {
        var checkpoint = new AuditCheckpoint(1, new string('b', 64), "not-hex");

        Assert.False(_signer.IsAuthentic(checkpoint));
    }

    [Fact]
    public void Constructor_KeyShorterThanMinimum_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AuditCheckpointSigner(new byte[8]));
    }
}
