using System.Security.Cryptography;
using System.Text;
using NexusSim.Core.Audit;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Audit;

public sealed class AuditCanonicalTests
{
    private const string ExpectedJson =
        "{\"action\":\"record_gate_verdict\",\"actor\":\"quinn\",\"causedBy\":\"turn-7\"," +
        "\"data\":{\"attempt\":\"2\",\"gate\":\"g1\",\"score\":\"0.8\"},\"outcome\":\"passed\"," +
        "\"previousHash\":\"0000000000000000000000000000000000000000000000000000000000000000\"," +
        "\"reason\":\"all \\\"required\\\" sections present\\n\",\"recipient\":null,\"runId\":\"run-42\"," +
        "\"sequence\":1,\"simulatedAt\":\"2025-03-04T07:30:15.1234567Z\",\"subject\":\"proposal/v2\"}";

    private static AuditEntry FixedEntry() => new(
        1,
        "run-42",
        new DateTimeOffset(2025, 3, 4, 9, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567),
        "quinn",
        "record_gate_verdict",
        "passed",
        "all \"required\" sections present\n",
        "proposal/v2",
        new Dictionary<string, string> { ["score"] = "0.8", ["gate"] = "g1", ["attempt"] = "2" },
        "turn-7",
        null,
        AuditCanonical.GenesisHash,
        "ignored");

    [Fact]
    public void ToJson_FixedEntry_IsTheFixedCanonicalString()
    {
        var json = AuditCanonical.ToJson(FixedEntry());

        Assert.Equal(ExpectedJson, json);
    }

    [Fact]
    public void ComputeHash_FixedEntry_IsSha256OfGenesisHashAndCanonicalJson()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(new string('0', 64) + ExpectedJson)));

        var hash = AuditCanonical.ComputeHash(FixedEntry());

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void ToJson_DataInsertedInAnotherOrder_GivesTheSameJson()
    {
        var reordered = FixedEntry() with
        {
            Data = new Dictionary<string, string> { ["attempt"] = "2", ["score"] = "0.8", ["gate"] = "g1" },
        };

        Assert.Equal(AuditCanonical.ToJson(FixedEntry()), AuditCanonical.ToJson(reordered));
    }

    [Fact]
    public void ToJson_ControlCharacterAndUnpairedSurrogate_AreEscaped()
    {
        var entry = FixedEntry() with { Reason = "a\u0001b\ud800c" };

        var json = AuditCanonical.ToJson(entry);

        Assert.Contains("\"reason\":\"a\\u0001b\\ud800c\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_SameInstantInAnotherOffset_GivesTheSameJson()
    {
        var utc = FixedEntry() with { SimulatedAt = FixedEntry().SimulatedAt.ToUniversalTime() };

        Assert.Equal(AuditCanonical.ToJson(FixedEntry()), AuditCanonical.ToJson(utc));
    }

    [Fact]
    public void ParseJsonLine_LineWrittenByToJsonLine_RoundTripsTheHashInput()
    {
        var entry = AuditEntry.Seal(AuditSamples.Event(3), 1, AuditCanonical.GenesisHash);

        var parsed = AuditCanonical.ParseJsonLine(AuditCanonical.ToJsonLine(entry));

        Assert.Equal(AuditCanonical.ToJson(entry), AuditCanonical.ToJson(parsed));
        Assert.Equal(entry.Hash, parsed.Hash);
    }

    [Fact]
    public void ParseJsonLine_UnknownKey_ThrowsFormatException()
    {
        var line = AuditCanonical.ToJsonLine(FixedEntry()).Replace("{\"action\"", "{\"extra\":\"x\",\"action\"", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => AuditCanonical.ParseJsonLine(line));
    }
}
