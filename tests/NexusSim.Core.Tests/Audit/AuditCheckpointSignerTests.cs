using System.Security.Cryptography;
using NexusSim.Core.Audit;

namespace NexusSim.Core.Tests.Audit;

public sealed class AuditCheckpointSignerTests : IDisposable
{
    private static readonly string Hash = new('b', 64);
    private readonly AuditCheckpointSigner _signer = AuditCheckpointSigner.Generate();

    [Fact]
    public void IsAuthentic_CheckpointItSigned_IsTrue()
    {
        var checkpoint = _signer.Sign("run-a", 12, Hash);

        Assert.True(_signer.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_VerifierBuiltFromThePublicKeyOnly_IsTrue()
    {
        var verifier = AuditCheckpointVerifier.FromPublicKey(_signer.PublicKey);

        Assert.True(verifier.IsAuthentic(_signer.Sign("run-a", 12, Hash, sealedRun: true)));
    }

    [Fact]
    public void IsAuthentic_SequenceMovedBack_IsFalse()
    {
        var checkpoint = _signer.Sign("run-a", 12, Hash) with { Sequence = 7 };

        Assert.False(_signer.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_RunIdChanged_IsFalse()
    {
        var checkpoint = _signer.Sign("run-a", 12, Hash) with { RunId = "run-b" };

        Assert.False(_signer.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public void IsAuthentic_OpenCheckpointMarkedSealed_IsFalse()
    {
        var checkpoint = _signer.Sign("run-a", 12, Hash) with { Sealed = true };

        Assert.False(_signer.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public void Problem_ResignedWithAnotherKeyNamingThatKey_SaysAnotherKey()
    {
        using var other = AuditCheckpointSigner.Generate();

        var problem = _signer.Verifier.Problem(other.Sign("run-a", 12, Hash));

        Assert.Contains("another key", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_AnotherKeysSignatureUnderTrustedKeyName_SaysForged()
    {
        using var other = AuditCheckpointSigner.Generate();
        var forged = other.Sign("run-a", 12, Hash) with { PublicKey = _signer.PublicKey };

        var problem = _signer.Verifier.Problem(forged);

        Assert.Contains("forged", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void IsAuthentic_SignatureNotHex_IsFalse()
    {
        var checkpoint = _signer.Sign("run-a", 1, Hash) with { Signature = "not-hex" };

        Assert.False(_signer.Verifier.IsAuthentic(checkpoint));
    }

    [Fact]
    public void Constructor_KeyNotP256_Throws()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => new AuditCheckpointSigner(key));
    }

    [Fact]
    public void FromPublicKey_NotAKey_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => AuditCheckpointVerifier.FromPublicKey(Convert.ToBase64String(new byte[40])));
    }

    public void Dispose() => _signer.Dispose();
}
