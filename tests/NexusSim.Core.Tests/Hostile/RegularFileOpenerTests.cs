using NexusSim.Core.Files;

namespace NexusSim.Core.Tests.Hostile;

/// <summary>
/// The check-then-read window: whatever the path holds when it is opened is checked again on the
/// opened handle, so a FIFO, a device or a link swapped in after the check is refused at once and
/// never waited on or followed.
/// </summary>
public sealed class RegularFileOpenerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nexussim-open-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_RegularFile_ReadsIt()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "hello");

        using var stream = RegularFileOpener.Open(path);

        Assert.NotNull(stream);
        Assert.Equal("hello", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public async Task Open_FifoSwappedInAfterTheCheck_RefusedWithoutBlocking()
    {
        var path = Path.Combine(_folder, "brief.yaml");
        HostilePaths.MakeFifo(path);

        // A blocking open of a FIFO with no writer never returns: the wait bounds the failure, not the pass.
        var opened = await Task.Run(() => RegularFileOpener.Open(path)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Null(opened);
    }

    [Fact]
    public void Open_DeviceSwappedInAfterTheCheck_Refused()
    {
        Assert.Null(RegularFileOpener.Open("/dev/zero"));
    }

    [Fact]
    public void Open_LinkSwappedInAfterTheCheck_NotFollowed()
    {
        var target = Path.Combine(_folder, "outside.txt");
        File.WriteAllText(target, HostilePaths.Secret);
        var link = Path.Combine(_folder, "identity.md");
        File.CreateSymbolicLink(link, target);

        var refused = Record.Exception(() => RegularFileOpener.Open(link)?.Dispose());

        Assert.IsAssignableFrom<IOException>(refused);
    }
}
