using System.Security.Cryptography;
using System.Text;
using NexusSim.Core.Audit;
using NexusSim.Core.Determinism;

namespace NexusSim.Core.Tests.Determinism;

/// <summary>Hashing two parts from a pooled buffer, held to hashing the UTF-8 bytes of their concatenation.</summary>
public sealed class StableHashUtf8Tests
{
    [Fact]
    public void HexOfUtf8_Parts_SameAsTheBytesOfTheConcatenation()
    {
        // Built in code, not as theory data: a lone surrogate in an attribute's string does not survive
        // the test runner's serialization.
        (string First, string Second)[] cases =
        [
            ("", ""),
            ("abc", ""),
            ("", "abc"),
            (new string('0', 64), "{\"action\":\"approve\"}"),
            ("é", "ü — 日本"),
            ("emoji \ud83d\ude00", "\ud83d\ude00 after"),
            ("split pair \ud83d", "\ude00 joined"),
            ("lone high \ud83d", "no low"),
            ("lone low", "\ude00 first"),
        ];
        foreach (var (first, second) in cases)
        {
            Assert.Equal(Plain(first + second), StableHash.HexOfUtf8(first, second));
            Assert.Equal(Plain(first + second), AuditCanonical.ComputeHash(first, second));
        }
    }

    [Fact]
    public void HexOfText_LongAndSeededTexts_SameAsThePlainHash()
    {
        var random = new Random(16);
        string[] pieces = ["a", "é", "日", "\ud83d\ude00", "\ud83d", "\ude00", "\n", " ", "[S1]"];
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var cut = random.Next(0, text.Length + 1);
            Assert.Equal(Plain(text), StableHash.HexOfText(text));
            Assert.Equal(Plain(text), StableHash.HexOfUtf8(text.AsSpan(0, cut), text.AsSpan(cut)));
        }

        var deliverable = new string('x', 200_000) + "é";
        Assert.Equal(Plain(deliverable), StableHash.HexOfText(deliverable));
    }

    [Fact]
    public void HexAndSeed_Parts_SameAsAnIncrementalHashOfEachLengthAndItsBytes()
    {
        var random = new Random(21);
        string[] pieces = ["a", "é", "日", "\ud83d\ude00", "\ud83d", "\ude00", "\n", " ", "fact-base", ""];
        var cases = new List<string?[]> { Array.Empty<string?>(), new string?[] { "" }, new string?[] { null, "x" }, new string?[] { "ab", "c" }, new string?[] { "a", "bc" }, new string?[] { new string('x', 100_000), "é" } };
        for (var i = 0; i < 500; i++)
        {
            cases.Add([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)])))]);
        }

        foreach (var parts in cases)
        {
            var expected = Incremental(parts);
            Assert.Equal(Convert.ToHexStringLower(expected), StableHash.Hex(parts!));
            Assert.Equal(BitConverter.ToUInt64(expected, 0), StableHash.Seed(parts!));
        }

        Assert.NotEqual(StableHash.Hex("ab", "c"), StableHash.Hex("a", "bc"));
    }

    private static byte[] Incremental(string?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part ?? string.Empty);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return hash.GetHashAndReset();
    }

    private static string Plain(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
