using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests.Hostile;

/// <summary>Wiping every audit entry together with the checkpoint must not verify as "0 entries, ok".</summary>
public sealed class WipedTrailTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task VerifyRunAsync_AllEntriesAndCheckpointWiped_IsInvalid()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries;");
        File.Delete(_temp.CheckpointPath);

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("trail was wiped", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_AllEntriesWipedCheckpointKept_IsInvalid()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);
        await RawDatabase.ExecuteAsync(_temp.RunDirectory, "DELETE FROM audit_entries;");

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
    }
}
