using System.Security.Cryptography;

namespace NexusSim.Core.Audit;

/// <summary>
/// Checks checkpoint signatures against one trusted ECDSA P-256 public key. The key a checkpoint
/// names is only compared with the trusted one, never used to verify itself: a checkpoint re-signed
/// with an attacker's key names the attacker's key and fails.
/// </summary>
public sealed class AuditCheckpointVerifier
{
    private readonly byte[] _publicKeyInfo;

    private AuditCheckpointVerifier(byte[] publicKeyInfo, string publicKey)
    {
        _publicKeyInfo = publicKeyInfo;
        PublicKey = publicKey;
        Fingerprint = FingerprintOf(publicKeyInfo);
    }

    /// <summary>The trusted key, SubjectPublicKeyInfo as base64.</summary>
    public string PublicKey { get; }

    /// <summary>The first 16 hex digits of the SHA-256 of the trusted key, to show to people.</summary>
    public string Fingerprint { get; }

    /// <summary>A verifier trusting the base64 SubjectPublicKeyInfo <paramref name="publicKey"/>.</summary>
    /// <exception cref="FormatException">The text is not a P-256 public key.</exception>
    public static AuditCheckpointVerifier FromPublicKey(string publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        byte[] info;
        try
        {
            info = Convert.FromBase64String(publicKey);
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(info, out _);
            if (key.KeySize != 256)
            {
                throw new FormatException($"The key has {key.KeySize} bits; an audit key is ECDSA P-256.");
            }
        }
        catch (CryptographicException exception)
        {
            throw new FormatException("The text is not an ECDSA public key (SubjectPublicKeyInfo, base64).", exception);
        }

        return new AuditCheckpointVerifier(info, Convert.ToBase64String(info));
    }

    /// <summary>Null when the checkpoint was signed with the trusted key over its own fields; otherwise why not.</summary>
    public string? Problem(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!string.Equals(checkpoint.PublicKey, PublicKey, StringComparison.Ordinal))
        {
            var named = TryFingerprint(checkpoint.PublicKey) ?? "unreadable";
            return $"The checkpoint (entry {checkpoint.Sequence}) was signed with another key (fingerprint {named}), not the trusted key {Fingerprint}: it was re-signed, or the run was made by someone else (pass their public key with --public-key).";
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return Forged(checkpoint);
        }

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(_publicKeyInfo, out _);
        return key.VerifyData(AuditCheckpointSigner.Message(checkpoint), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? null
            : Forged(checkpoint);
    }

    /// <summary>True when <see cref="Problem"/> finds nothing.</summary>
    public bool IsAuthentic(AuditCheckpoint checkpoint) => Problem(checkpoint) is null;

    private static string Forged(AuditCheckpoint checkpoint) =>
        $"The checkpoint's signature (entry {checkpoint.Sequence}) is not valid: it was forged, or one of its fields (run, entry, hash, sealed) was altered.";

    private static string FingerprintOf(byte[] info) => Convert.ToHexStringLower(SHA256.HashData(info))[..16];

    private static string? TryFingerprint(string publicKey)
    {
        try
        {
            return FingerprintOf(Convert.FromBase64String(publicKey));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
