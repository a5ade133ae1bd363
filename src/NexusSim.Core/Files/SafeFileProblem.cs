namespace NexusSim.Core.Files;

/// <summary>Why <see cref="SafeFileReader"/> refused a file.</summary>
public enum SafeFileProblem
{
    /// <summary>The file was read.</summary>
    None,

    /// <summary>The path holds a NUL or another character no path may hold, or cannot be resolved.</summary>
    InvalidPath,

    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>The path, once resolved (symbolic links included), leaves the folder it must stay in.</summary>
    OutsideFolder,

    /// <summary>The path names a directory, a FIFO, a device, a socket or a pseudo-file (/proc, /sys, /dev).</summary>
    NotRegularFile,

    /// <summary>The file is over its size limit.</summary>
    TooLarge,

    /// <summary>The bytes are not UTF-8 text.</summary>
    NotUtf8,

    /// <summary>The file exists but the operating system refused to read it.</summary>
    Unreadable,
}
