using System.Collections.Concurrent;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Cli.Running;

/// <summary>
/// The content libraries loaded so far, one per prompts directory, firm folder and digest of the
/// firm's own content files (so editing them loads the library again). A singleton of the
/// container (see <see cref="Hosting.CliServiceCollectionExtensions.AddNexusSimCli"/>): the
/// engagements built from one container share the libraries, and a test builds its own.
/// </summary>
internal sealed class ContentLibraries
{
    private readonly ConcurrentDictionary<string, Lazy<ContentLibrary>> _libraries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<string>> _promptHashes = new(StringComparer.Ordinal);

    /// <summary>The shared prompts directory (the firm folder's, else the one beside the program).</summary>
    public static string PromptsDirectory => Hosting.FirmHome.PathOf("prompts");

    /// <summary>How many libraries are loaded (for tests).</summary>
    public int Count => _libraries.Count;

    /// <summary>
    /// A digest of every file under <paramref name="promptsDirectory"/> (task templates, voice, the content
    /// library; not a README, which no run reads), read once per directory for this container's life: the run id covers it
    /// (<see cref="PromptsHashSetting"/>), so editing a prompt or a content file gives new run ids, and an
    /// experiment resumed into its folder redoes its runs rather than keeping ones written from other prompts.
    /// </summary>
    public string PromptsHash(string promptsDirectory) =>
        _promptHashes.GetOrAdd(Path.GetFullPath(promptsDirectory), d => new Lazy<string>(() => HashOf(d))).Value;

    /// <summary>The run setting that makes the run id (and summary.json's settings) follow the prompts directory's files.</summary>
    public const string PromptsHashSetting = "PromptsHash";

    private static string HashOf(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return "missing";
        }

        // A README documents the library and no run reads it, so editing one leaves the ids alone.
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Core.Determinism.StableHash.Hex([.. files.SelectMany(f => new[] { Path.GetRelativePath(directory, f).Replace('\\', '/'), FirmContentCheck.Read(f, directory, 4 * 1024 * 1024) })])[..16];
    }

    /// <summary>The library of <paramref name="firmDirectory"/>'s firm over the shared <see cref="PromptsDirectory"/>.</summary>
    public ContentLibrary Library(string? firmDirectory) => Library(PromptsDirectory, firmDirectory);

    /// <summary>The library of <paramref name="promptsDirectory"/> and <paramref name="firmDirectory"/>, loaded once for the same firm content.</summary>
    /// <exception cref="ContentLibraryException">A content file is missing or malformed.</exception>
    public ContentLibrary Library(string promptsDirectory, string? firmDirectory)
    {
        var key = promptsDirectory + "\n" + firmDirectory + "\n" + FirmContentCheck.Hash(firmDirectory);
        var lazy = _libraries.GetOrAdd(key, _ => new Lazy<ContentLibrary>(() => ContentLibrary.Load(promptsDirectory, firmDirectory)));
        try
        {
            return lazy.Value;
        }
        catch (ContentLibraryException)
        {
            // A failed load is not remembered: the file may be fixed and the same content loaded again.
            _libraries.TryRemove(new KeyValuePair<string, Lazy<ContentLibrary>>(key, lazy));
            throw;
        }
    }
}
