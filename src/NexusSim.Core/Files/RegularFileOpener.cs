using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NexusSim.Core.Files;

/// <summary>
/// Opens a checked path for reading and checks the opened handle again, so that a file swapped
/// between the check and the open (for a FIFO, a device or a link) is refused rather than read or
/// waited on. On Linux the open itself does not block on a FIFO and does not follow a last-component
/// link (open(2) with O_NONBLOCK and O_NOFOLLOW); elsewhere the handle's type is checked after the open.
/// </summary>
internal static class RegularFileOpener
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>A stream over the regular file at <paramref name="resolved"/>, or null when what is there is not one.</summary>
    /// <exception cref="IOException">The open failed (missing, refused).</exception>
    public static FileStream? Open(string resolved)
    {
        if (LinuxFlags() is { } flags)
        {
            var fd = OpenFd(resolved, flags);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw new IOException($"open failed (errno {errno}).");
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            if (!IsRegular(handle))
            {
                handle.Dispose();
                return null;
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 1);
        }

        var stream = new FileStream(resolved, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (!OperatingSystem.IsWindows() && !IsRegular(stream.SafeFileHandle))
        {
            stream.Dispose();
            return null;
        }

        return stream;
    }

    // O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC as Linux numbers them on the architectures .NET runs on.
    private static int? LinuxFlags()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        const int nonBlock = 0x800, cloExec = 0x80000;
        return RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 => nonBlock | cloExec | 0x20000,
            Architecture.Arm64 or Architecture.Arm => nonBlock | cloExec | 0x8000,
            _ => null,
        };
    }

    private static bool IsRegular(SafeFileHandle handle) => FStat(handle, out var status) == 0 && (status.Mode & TypeMask) == RegularFile;

    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenFd(string path, int flags);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int FStat(SafeFileHandle fd, out FileStatus status);

    /// <summary>The head of the runtime shim's FileStatus (see <see cref="UnixFileType"/>).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
