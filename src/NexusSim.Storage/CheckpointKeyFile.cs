using System.Security.Cryptography;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// The secret that signs audit checkpoints. It lives per user, outside every run directory, by
/// default in <c>~/.nexussim/checkpoint.key</c>: 32 random bytes as hex, created on first use
/// with mode 0600 in a directory with mode 0700 (on Unix). Anyone who can rewrite a run's
/// database but cannot read this file cannot forge a checkpoint; anyone verifying a run needs it.
/// </summary>
public static class CheckpointKeyFile
{
    private const int KeyLength = 32;

    /// <summary><c>~/.nexussim/checkpoint.key</c> under the current user's profile.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nexussim", "checkpoint.key");

    /// <summary>The signer for the key at <paramref name="path"/>, creating the key if there is none yet.</summary>
    public static async Task<AuditCheckpointSigner> LoadOrCreateAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var existing = await TryLoadAsync(path, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var key = RandomNumberGenerator.GetBytes(KeyLength);
        try
        {
            await CreateAsync(path, key, ct).ConfigureAwait(false);
            return new AuditCheckpointSigner(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return await TryLoadAsync(path, ct).ConfigureAwait(false)
                ?? throw new InvalidDataException($"Checkpoint key file '{path}' could not be read.");
        }
    }

    /// <summary>The signer for the key at <paramref name="path"/>, or null when the file does not exist.</summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a valid key.</exception>
    public static async Task<AuditCheckpointSigner?> TryLoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = (await File.ReadAllTextAsync(path, ct).ConfigureAwait(false)).Trim();
        try
        {
            return new AuditCheckpointSigner(Convert.FromHexString(text));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new InvalidDataException($"Checkpoint key file '{path}' does not hold a hex key of at least {AuditCheckpointSigner.MinimumKeyLength} bytes.", exception);
        }
    }

    private static async Task CreateAsync(string path, byte[] key, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, options);
        await using (stream.ConfigureAwait(false))
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(key) + "\n");
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
    }
}
