using NexusSim.Storage.Tests.Support;

namespace NexusSim.Storage.Tests;

public sealed class CheckpointKeyFileTests : IDisposable
{
    private readonly TempRunDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task LoadOrCreateAsync_NoKeyYet_WritesThirtyTwoRandomBytesAsHex()
    {
        await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        Assert.Matches("^[0-9a-f]{64}\n$", await File.ReadAllTextAsync(_temp.KeyPath));
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
    public async Task LoadOrCreateAsync_KeyExists_ReusesIt()
    {
        var first = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        var second = await CheckpointKeyFile.LoadOrCreateAsync(_temp.KeyPath, CancellationToken.None);

        Assert.True(second.IsAuthentic(first.Sign(3, new string('d', 64))));
    }

    [Fact]
    public async Task TryLoadAsync_NoFile_ReturnsNull()
    {
        var signer = await CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None);

        Assert.Null(signer);
    }

    [Fact]
    public async Task TryLoadAsync_KeyTooShort_ThrowsInvalidData()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.KeyPath)!);
        await File.WriteAllTextAsync(_temp.KeyPath, "00ff00ff\n");

        await Assert.ThrowsAsync<InvalidDataException>(() => CheckpointKeyFile.TryLoadAsync(_temp.KeyPath, CancellationToken.None));
    }

    [Fact]
    public void DefaultPath_Always_IsCheckpointKeyInTheUsersNexussimFolder()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nexussim", "checkpoint.key");

        Assert.Equal(expected, CheckpointKeyFile.DefaultPath);
    }
}
