using System.Runtime.InteropServices;

namespace NexusSim.Core.Files;

/// <summary>
/// The type of a file on Unix (regular file, FIFO, device...), asked with stat(2) through the
/// .NET runtime's own native shim, whose status layout is the same on every Unix platform. The
/// base library exposes no file type, and opening a FIFO to look at it would block.
/// </summary>
internal static class UnixFileType
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> (links followed) is a regular file; false for anything else or when it cannot be asked.</summary>
    public static bool IsRegularFile(string path) =>
        Stat(path, out var status) == 0 && (status.Mode & TypeMask) == RegularFile;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(string path, out FileStatus status);

    /// <summary>The head of the shim's FileStatus; the size leaves room for the fields after it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
