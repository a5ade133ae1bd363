using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NexusSim.Core.Audit;

/// <summary>
/// Signs and checks audit checkpoints with HMAC-SHA256 over the UTF-8 text "sequence:hash".
/// </summary>
/// <remarks>
/// Where the key lives: it is a per-user secret, never stored beside the run it protects (a key in
/// the run directory would let anyone who can rewrite run.db re-sign a forged checkpoint). By
/// default the run store keeps it in <c>~/.nexussim/checkpoint.key</c> (32 random bytes as hex),
/// created on first use with mode 0600 inside a 0700 directory; a configured key path can replace
/// it (see NexusSim.Storage's CheckpointKeyFile). Verifying a run therefore needs the same user's
/// key: a copied run directory verifies its chain, but its checkpoint only with the key.
/// </remarks>
public sealed class AuditCheckpointSigner
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[] _key;

    /// <summary>A signer with the given secret key (at least <see cref="MinimumKeyLength"/> bytes).</summary>
    public AuditCheckpointSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"A checkpoint key must have at least {MinimumKeyLength} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>A signed checkpoint for the chain ending at <paramref name="sequence"/> with <paramref name="hash"/>.</summary>
    public AuditCheckpoint Sign(long sequence, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new AuditCheckpoint(sequence, hash, Convert.ToHexStringLower(Mac(sequence, hash)));
    }

    /// <summary>True when the checkpoint's signature was made with this signer's key over its sequence and hash.</summary>
    public bool IsAuthentic(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Hash is null || checkpoint.Signature is null)
        {
            return false;
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(claimed, Mac(checkpoint.Sequence, checkpoint.Hash));
    }

    private byte[] Mac(long sequence, string hash)
    {
        var message = sequence.ToString(CultureInfo.InvariantCulture) + ":" + hash;
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(message));
    }
}
