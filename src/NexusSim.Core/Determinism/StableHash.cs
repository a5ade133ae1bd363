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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The first eight bytes of the parts' SHA-256, as a 64-bit seed.</summary>
    public static ulong Seed(params string[] parts) => BitConverter.ToUInt64(Digest(parts), 0);

    private static byte[] Digest(string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part ?? string.Empty);
            BitConverter.TryWriteBytes(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return hash.GetHashAndReset();
    }
}
