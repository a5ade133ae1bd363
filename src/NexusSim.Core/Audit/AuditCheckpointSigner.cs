using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NexusSim.Core.Audit;

/// <summary>
/// Signs audit checkpoints with an ECDSA P-256 private key (SHA-256, IEEE P1363 signatures).
/// Verifying needs only the public key (<see cref="AuditCheckpointVerifier"/>), so a run can be
/// checked by anyone given the runner's public key, and nobody without the private key can sign.
/// </summary>
/// <remarks>
/// Where the key lives: per user, never beside the run it protects (see NexusSim.Storage's
/// CheckpointKeyFile; by default <c>~/.nexussim/audit-signing-key.pem</c>, mode 0600).
/// </remarks>
public sealed class AuditCheckpointSigner : IDisposable
{
    private readonly ECDsa _key;

    /// <summary>A signer owning <paramref name="key"/>, which must be a P-256 private key.</summary>
    public AuditCheckpointSigner(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeySize != 256)
        {
            throw new ArgumentException($"An audit signing key must be ECDSA P-256; this one has {key.KeySize} bits.", nameof(key));
        }

        _key = key;
        PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        Verifier = AuditCheckpointVerifier.FromPublicKey(PublicKey);
    }

    /// <summary>The public half, SubjectPublicKeyInfo as base64.</summary>
    public string PublicKey { get; }

    /// <summary>A verifier that trusts this signer's public key.</summary>
    public AuditCheckpointVerifier Verifier { get; }

    /// <summary>A signer with a freshly generated P-256 key.</summary>
    public static AuditCheckpointSigner Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>The private key as PKCS#8 PEM, for the key file.</summary>
    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>A signed checkpoint for run <paramref name="runId"/>'s chain ending at <paramref name="sequence"/> with <paramref name="hash"/>.</summary>
    public AuditCheckpoint Sign(string runId, long sequence, string hash, bool sealedRun = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var unsigned = new AuditCheckpoint(runId, sequence, hash, sealedRun, PublicKey, string.Empty);
        var signature = _key.SignData(Message(unsigned), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return unsigned with { Signature = Convert.ToHexStringLower(signature) };
    }

    /// <summary>
    /// The signed bytes: UTF-8 of "nexussim-audit-checkpoint/2", run id, sequence, hash, "sealed"
    /// or "open", and the public key, one per line. Every field of the checkpoint but the signature.
    /// </summary>
    public static byte[] Message(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var text = string.Join('\n',
            "nexussim-audit-checkpoint/2",
            checkpoint.RunId,
            checkpoint.Sequence.ToString(CultureInfo.InvariantCulture),
            checkpoint.Hash,
            checkpoint.Sealed ? "sealed" : "open",
            checkpoint.PublicKey);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
