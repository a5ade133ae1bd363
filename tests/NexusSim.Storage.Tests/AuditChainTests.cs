using System.Security.Cryptography;
using System.Text;
using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class AuditChainTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task CommitStepAsync_FirstEntry_ChainsFromSixtyFourZeros()
    {
        var audit = await WriteAndReadAsync(steps: 1, eventsPerStep: 1);

        Assert.Equal(new string('0', 64), audit[0].PreviousHash);
    }

    [Fact]
    public async Task CommitStepAsync_EveryEntry_LinksToThePreviousEntrysHash()
    {
        var audit = await WriteAndReadAsync(steps: 3, eventsPerStep: 3);

        Assert.All(Enumerable.Range(1, audit.Count - 1), i => Assert.Equal(audit[i - 1].Hash, audit[i].PreviousHash));
    }

    [Fact]
    public async Task CommitStepAsync_EveryEntry_HashIsSha256OverPreviousHashAndCanonicalJson()
    {
        var audit = await WriteAndReadAsync(steps: 2, eventsPerStep: 3);

        Assert.All(audit, entry =>
        {
            var bytes = Encoding.UTF8.GetBytes(entry.PreviousHash + AuditCanonical.ToJson(entry));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.Hash);
        });
    }

    [Fact]
    public async Task CommitStepAsync_StoredEntry_HasTheDocumentedCanonicalJson()
    {
        var audit = await WriteAndReadAsync(steps: 1, eventsPerStep: 2);

        var expected = "{\"action\":\"submit_deliverable\",\"actor\":\"atlas\",\"causedBy\":\"turn-1\",\"data\":{\"step\":\"2\"},"
            + "\"outcome\":\"allowed\",\"previousHash\":\"" + audit[0].Hash + "\",\"reason\":\"grant covers step 2\","
            + "\"recipient\":\"quinn\",\"runId\":\"run-0001\",\"sequence\":2,\"simulatedAt\":\"2025-03-04T09:02:00.0000000Z\","
            + "\"subject\":\"diagnostic-report/v2\"}";
        Assert.Equal(expected, AuditCanonical.ToJson(audit[1]));
    }

    private async Task<IReadOnlyList<AuditEntry>> WriteAndReadAsync(int steps, int eventsPerStep)
    {
        await Samples.WriteRunAsync(_temp, steps, eventsPerStep);
        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        return await journal.ReadAuditAsync(Samples.RunId, CancellationToken.None);
    }
}
