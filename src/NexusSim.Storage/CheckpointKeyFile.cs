using System.Security.Cryptography;
using NexusSim.Core.Audit;
using NexusSim.Core.Files;

namespace NexusSim.Storage;

/// <summary>
/// The private key that signs audit checkpoints. It lives per user, outside every run directory,
/// by default in <c>~/.nexussim/audit-signing-key.pem</c>: an ECDSA P-256 key as PKCS#8 PEM,
/// created on first use with mode 0600 in a directory with mode 0700 (on Unix). Anyone who can
/// rewrite a run's files but cannot read this file cannot forge a checkpoint. Verifying needs
/// only the public key (<see cref="TryLoadVerifierAsync"/> reads either half).
/// </summary>
public static class CheckpointKeyFile
{
    private const string PrivateLabel = "PRIVATE KEY";
    private const string PublicLabel = "PUBLIC KEY";
    private const int MaxKeyFileBytes = 16 * 1024;

    /// <summary><c>~/.nexussim/audit-signing-key.pem</c> under the current user's profile.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nexussim", "audit-signing-key.pem");

    /// <summary>The signer for the key at <paramref name="path"/>, creating the key if there is none yet.</summary>
    public static async Task<AuditCheckpointSigner> LoadOrCreateAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var existing = await TryLoadAsync(path, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var signer = AuditCheckpointSigner.Generate();
        try
        {
            await CreateAsync(path, signer.ExportPrivateKeyPem(), ct).ConfigureAwait(false);
            return signer;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            signer.Dispose();
            return await TryLoadAsync(path, ct).ConfigureAwait(false)
                ?? throw new InvalidDataException($"Audit signing key file '{path}' could not be read.");
        }
    }

    /// <summary>The signer for the private key at <paramref name="path"/>, or null when the file does not exist.</summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold an ECDSA P-256 private key.</exception>
    public static async Task<AuditCheckpointSigner?> TryLoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = await ReadAsync(path, ct).ConfigureAwait(false);
        if (text is null)
        {
            return null;
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(text);
            if (!text.Contains("-----BEGIN " + PrivateLabel, StringComparison.Ordinal) || key.KeySize != 256)
            {
                throw new ArgumentException("not a P-256 private key");
            }

            return new AuditCheckpointSigner(key);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException(
                $"Audit signing key file '{path}' does not hold an ECDSA P-256 private key in PEM (\"-----BEGIN {PrivateLabel}-----\"). Move it aside to have a new key made, or point NexusSim:Storage:CheckpointKeyPath at the right file.",
                exception);
        }
    }

    /// <summary>
    /// A verifier trusting the key in <paramref name="path"/>: a public key PEM
    /// ("-----BEGIN PUBLIC KEY-----", as <c>nexussim audit public-key</c> prints) or the private
    /// key file itself. Null when the file does not exist.
    /// </summary>
    /// <exception cref="InvalidDataException">The file holds no ECDSA P-256 key.</exception>
    public static async Task<AuditCheckpointVerifier?> TryLoadVerifierAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = await ReadAsync(path, ct).ConfigureAwait(false);
        if (text is null)
        {
            return null;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(text);
            return AuditCheckpointVerifier.FromPublicKey(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()));
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException or FormatException)
        {
            throw new InvalidDataException(
                $"Key file '{path}' holds no ECDSA P-256 key in PEM (\"-----BEGIN {PublicLabel}-----\" or \"-----BEGIN {PrivateLabel}-----\").",
                exception);
        }
    }

    /// <summary>The public key PEM of <paramref name="verifier"/>'s trusted key.</summary>
    public static string PublicKeyPem(AuditCheckpointVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return PemEncoding.WriteString(PublicLabel, Convert.FromBase64String(verifier.PublicKey)) + "\n";
    }

    private static async Task<string?> ReadAsync(string path, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            // A folder is no key file and no missing key either: refused in the safe reader's words.
            return Directory.Exists(path) && SafeFileReader.Check(path, null, MaxKeyFileBytes) is { } folder
                ? throw new InvalidDataException($"Key file: {folder.Message}")
                : null;
        }

        if (info.Length > MaxKeyFileBytes)
        {
            throw new InvalidDataException($"Key file '{path}' is {info.Length} bytes; a key file is under {MaxKeyFileBytes} bytes.");
        }

        // A FIFO or a device is refused before it is opened: reading one would wait forever.
        if (SafeFileReader.Check(path, null, MaxKeyFileBytes) is { } refused)
        {
            throw new InvalidDataException($"Key file: {refused.Message}");
        }

        return await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
    }

    private static async Task CreateAsync(string path, string pem, CancellationToken ct)
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

        // Written whole beside it, then linked into place: a process that finds the file finds all of it
        // (two first runs at once used to read each other's half-written key), and the link refuses to
        // replace a key another process put there first (File.Move checks, then renames: two racing
        // first runs each replaced the other's key).
        var staging = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(staging, options);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(pem + "\n"), ct).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            PublishNoReplace(staging, path);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    // Atomic "create if absent" of a complete file: link(2) fails with EEXIST when the name is taken.
    private static void PublishNoReplace(string staging, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Move(staging, path, overwrite: false); // MoveFileEx without REPLACE_EXISTING: atomic
            return;
        }

        if (Link(staging, path) != 0)
        {
            var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            throw new IOException($"Audit signing key file '{path}' could not be created (errno {errno}).");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int Link(string existing, string newPath);
}
