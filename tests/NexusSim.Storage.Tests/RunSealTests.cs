using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

/// <summary>
/// The end-of-run record and the sealed checkpoint: what the client received is in the signed
/// trail, and a trail cut back, swapped, re-signed or continued after the seal does not verify.
/// </summary>
public sealed class RunSealTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    [Fact]
    public async Task VerifyFilesAsync_SealedRunUntouched_IsValid()
    {
        await WriteSealedRunWithFilesAsync();

        var result = await VerifyFilesAsync();

        Assert.True(result.IsValid, result.Reason);
        Assert.StartsWith("3 delivered files match", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SealAsync_FilesOfTheRun_RecordsEachHashButNotTheTrailOrTheReport()
    {
        var seal = await WriteSealedRunWithFilesAsync();

        Assert.Equal(RunSeal.Action, seal.Action);
        Assert.Equal(["deliverables/memo.docx", "deliverables/memo.md", "summary.json"], seal.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", seal.Data["deliverables/memo.docx"]);
    }

    [Theory]
    [InlineData("deliverables/memo.md", "deliverables/memo.md was changed")]
    [InlineData("summary.json", "summary.json was changed")]
    public async Task VerifyFilesAsync_DeliveredFileEdited_NamesIt(string file, string expected)
    {
        await WriteSealedRunWithFilesAsync();
        await File.AppendAllTextAsync(Path.Combine(_temp.RunDirectory, file), " ");

        var result = await VerifyFilesAsync();

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFilesAsync_DeliverableRemoved_NamesIt()
    {
        await WriteSealedRunWithFilesAsync();
        File.Delete(Path.Combine(_temp.RunDirectory, "deliverables", "memo.docx"));

        var result = await VerifyFilesAsync();

        Assert.False(result.IsValid);
        Assert.Contains("deliverables/memo.docx was removed", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFilesAsync_FileOrLinkAddedAfterTheSeal_NamesEach()
    {
        await WriteSealedRunWithFilesAsync();
        await File.WriteAllTextAsync(Path.Combine(_temp.RunDirectory, "deliverables", "extra.md"), "# Added later\n");
        File.CreateSymbolicLink(Path.Combine(_temp.RunDirectory, "deliverables", "link.md"), "/etc/hostname");

        var result = await VerifyFilesAsync();

        Assert.False(result.IsValid);
        Assert.Contains("deliverables/extra.md was added", result.Reason, StringComparison.Ordinal);
        Assert.Contains("deliverables/link.md was added", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_RunNeverSealed_FailsAsNotTheEndOfRun()
    {
        await Samples.WriteRunAsync(_temp, steps: 3, eventsPerStep: 4);

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("not the end-of-run seal", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_TrailRolledBackToAnEarlierGenuineCheckpoint_Fails()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 4);
        var snapshot = Path.Combine(_temp.Root, "snapshot");
        CopyTrail(_temp.RunDirectory, snapshot);
        await WriteMoreAndSealAsync();

        CopyTrail(snapshot, _temp.RunDirectory);
        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("cut back to an earlier checkpoint", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_SealedCheckpointResignedWithAnotherKey_FailsNamingTheKey()
    {
        await WriteSealedRunWithFilesAsync();
        var checkpoint = (await AuditCheckpointFile.ReadAsync(_temp.RunDirectory, CancellationToken.None))!;
        using var attacker = AuditCheckpointSigner.Generate();
        await AuditCheckpointFile.WriteAsync(_temp.RunDirectory, attacker.Sign(checkpoint.RunId, checkpoint.Sequence, checkpoint.Hash, sealedRun: true), CancellationToken.None);

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("another key", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyRunAsync_TrustedPublicKeyFileOnly_VerifiesWithoutThePrivateKey()
    {
        await WriteSealedRunWithFilesAsync();
        using var signer = (await CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None))!;
        var publicKey = Path.Combine(_temp.Root, "runner.pub.pem");
        await File.WriteAllTextAsync(publicKey, CheckpointKeyFile.PublicKeyPem(signer.Verifier));
        File.Delete(_temp.KeyPath);

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, publicKey, CancellationToken.None);

        Assert.True(result.IsValid, result.Reason);
    }

    [Fact]
    public async Task VerifyRunAsync_NoTrustedKeyAnywhere_FailsSayingWhatToGive()
    {
        await WriteSealedRunWithFilesAsync();

        var result = await AuditFileVerifier.VerifyRunAsync(_temp.RunDirectory, Path.Combine(_temp.Root, "missing.pem"), CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Contains("--public-key", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitStepAsync_AfterTheSeal_IsRefusedAlsoAfterReopening()
    {
        await WriteSealedRunWithFilesAsync();

        await using var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => journal.CommitStepAsync(Samples.Step("late", 100, 1), CancellationToken.None));

        Assert.Contains("sealed", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<AuditEntry> WriteSealedRunWithFilesAsync()
    {
        await Samples.WriteRunAsync(_temp, steps: 2, eventsPerStep: 3);
        Directory.CreateDirectory(Path.Combine(_temp.RunDirectory, "deliverables"));
        await File.WriteAllTextAsync(Path.Combine(_temp.RunDirectory, "deliverables", "memo.md"), "# Memo\n\nQuestion presented.\n");
        await File.WriteAllBytesAsync(Path.Combine(_temp.RunDirectory, "deliverables", "memo.docx"), []);
        await File.WriteAllTextAsync(Path.Combine(_temp.RunDirectory, "summary.json"), "{\"status\":\"completed\"}\n");
        await File.WriteAllTextAsync(Path.Combine(_temp.RunDirectory, "report.html"), "<html></html>\n");
        return await Samples.SealAsync(_temp);
    }

    private async Task WriteMoreAndSealAsync()
    {
        await using (var journal = await SqliteRunJournal.OpenAsync(_temp.RunDirectory, _temp.Options(), CancellationToken.None))
        {
            await journal.CommitStepAsync(Samples.Step("step-3", 9, 4), CancellationToken.None);
        }

        await Samples.SealAsync(_temp);
    }

    private Task<AuditVerification> VerifyFilesAsync() =>
        AuditFileVerifier.VerifyFilesAsync(_temp.RunDirectory, _temp.KeyPath, CancellationToken.None);

    private static void CopyTrail(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var name in new[] { SqliteRunJournal.DatabaseFileName, AuditCheckpointFile.FileName })
        {
            File.Copy(Path.Combine(from, name), Path.Combine(to, name), overwrite: true);
        }

        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            var path = Path.Combine(to, SqliteRunJournal.DatabaseFileName + suffix);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
