using NexusSim.Core.Audit;
using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class CheckpointKeyFileTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task LoadOrCreateAsync_NoKeyYet_WritesAPkcs8PrivateKeyPem()
    {
        using var signer = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        var text = await File.ReadAllTextAsync(_temp.KeyPath);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", text, StringComparison.Ordinal);
        Assert.EndsWith("-----END PRIVATE KEY-----\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadOrCreateAsync_NoKeyYet_CreatesAFileOnlyItsOwnerCanReadInAPrivateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows relies on the profile folder's ACL.
        }

        await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_temp.KeyPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(_temp.KeyPath)!));
    }

    [Fact]
    public async Task LoadOrCreateAsync_ManyFirstRunsAtOnce_AllGetTheOneKeyThatWasWritten()
    {
        var starts = Enumerable.Range(0, 16).Select(_ => Task.Run(() => CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None)));

        var signers = await Task.WhenAll(starts);

        var written = await CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None);
        Assert.NotNull(written);
        Assert.All(signers, s => Assert.Equal(written.PublicKey, s.PublicKey));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_temp.KeyPath)!));
        foreach (var signer in signers)
        {
            signer.Dispose();
        }
    }

    [Fact]
    public async Task LoadOrCreateAsync_KeyExists_ReusesIt()
    {
        var first = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        var second = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        Assert.True(second.Verifier.IsAuthentic(first.Sign("run-a", 3, new string('d', 64))));
    }

    [Fact]
    public async Task TryLoadAsync_NoFile_ReturnsNull()
    {
        var signer = await CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None);

        Assert.Null(signer);
    }

    [Fact]
    public async Task TryLoadAsync_OldHexHmacKey_ThrowsInvalidData()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.KeyPath)!);
        await File.WriteAllTextAsync(_temp.KeyPath, new string('a', 64) + "\n");

        await Assert.ThrowsAsync<InvalidDataException>(() => CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None));
    }

    [Fact]
    public void DefaultPath_Always_IsTheSigningKeyInAPrivateNexussimFolderOutsideTheRun()
    {
        // Only the path's shape is checked: nothing is read or written there.
        var path = CheckpointKeyFile.DefaultPath;

        Assert.True(Path.IsPathRooted(path), path);
        Assert.EndsWith(Path.Combine(".nexussim", "audit-signing-key.pem"), path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryLoadVerifierAsync_PublicKeyPemOfTheKey_TrustsItsCheckpoints()
    {
        using var signer = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);
        var publicPath = Path.Combine(_temp.Root, "public.pem");
        await File.WriteAllTextAsync(publicPath, CheckpointKeyFile.PublicKeyPem(signer.Verifier));

        var verifier = await CheckpointKeyFile.TryLoadVerifierAsync(publicPath, CancellationToken.None);

        Assert.DoesNotContain("PRIVATE", await File.ReadAllTextAsync(publicPath), StringComparison.Ordinal);
        Assert.True(verifier!.IsAuthentic(signer.Sign("run-a", 4, new string('e', 64))));
    }

    [Fact]
    public async Task TryLoadAsync_PublicKeyOnly_ThrowsInvalidDataBecauseItCannotSign()
    {
        using var signer = AuditCheckpointSigner.Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.KeyPath)!);
        await File.WriteAllTextAsync(_temp.KeyPath, CheckpointKeyFile.PublicKeyPem(signer.Verifier));

        await Assert.ThrowsAsync<InvalidDataException>(() => CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None));
    }
}
