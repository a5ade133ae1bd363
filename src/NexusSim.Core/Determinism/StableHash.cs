using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NexusSim.Core.Determinism;

/// <summary>
/// Hashes that are the same on every machine and every run (unlike <c>string.GetHashCode</c>):
/// SHA-256 over the UTF-8 parts, each length-prefixed so ("ab","c") and ("a","bc") differ.
/// </summary>
public static class StableHash
{
    /// <summary>SHA-256 of the parts, as lowercase hex.</summary>
    public static string Hex(params string[] parts) => Convert.ToHexStringLower(Digest(parts));

    /// <summary>SHA-256 of UTF-8 text, as lowercase hex.</summary>
    public static string HexOfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HexOfUtf8(text, default);
    }

    /// <summary>
    /// SHA-256 (lowercase hex) of the UTF-8 bytes of <paramref name="first"/> followed by <paramref name="second"/>:
    /// the same as hashing the bytes of their concatenation, encoded into a pooled buffer instead of a new
    /// string and array per call (a deliverable is hashed at every submission, an audit entry at every action).
    /// </summary>
    internal static string HexOfUtf8(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length > 0 && second.Length > 0 && char.IsHighSurrogate(first[^1]))
        {
            // A pair split across the parts encodes as one character only when joined.
            return HexOfUtf8(string.Concat(first, second), default);
        }

        var length = Encoding.UTF8.GetByteCount(first) + Encoding.UTF8.GetByteCount(second);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(first, rented);
            written += Encoding.UTF8.GetBytes(second, rented.AsSpan(written));
            return Convert.ToHexStringLower(SHA256.HashData(rented.AsSpan(0, written)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The first eight bytes of the parts' SHA-256, as a 64-bit seed.</summary>
    public static ulong Seed(params string[] parts) => BitConverter.ToUInt64(Digest(parts), 0);

    // The parts, each as its length (4 bytes) and its UTF-8 bytes, encoded into one pooled buffer and
    // hashed in one call: the same digest as appending them to an incremental hash one by one, without
    // the native hash context (and its finalizable handle) that costs more than hashing a few short parts.
    private static byte[] Digest(string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var size = 0;
        foreach (var part in parts)
        {
            size = checked(size + sizeof(int) + Encoding.UTF8.GetByteCount(part ?? string.Empty));
        }

        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var at = 0;
            foreach (var part in parts)
            {
                var written = Encoding.UTF8.GetBytes(part ?? string.Empty, rented.AsSpan(at + sizeof(int)));
                BitConverter.TryWriteBytes(rented.AsSpan(at, sizeof(int)), written);
                at += sizeof(int) + written;
            }

            return SHA256.HashData(rented.AsSpan(0, at));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
