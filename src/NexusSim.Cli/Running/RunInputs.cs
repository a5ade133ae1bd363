using NexusSim.Core.Engagements;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Approvals;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;
using NexusSim.Core.Protocols;
using NexusSim.Core.Approvals;
using NexusSim.Core.Briefs;
using NexusSim.Core.Determinism;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;

namespace NexusSim.Cli.Running;

/// <summary>
/// Reads and checks every input of a run before anything is written: the manifest, the brief, the
/// service line, the protocol, the approver, the provider, the run id and the output directory.
/// Each problem names the option, file or field and what to do.
/// </summary>
internal sealed partial class RunInputs
{
    /// <summary>A firm may ship its own default brief beside its manifest.</summary>
    public const string FirmBriefFile = "brief.yaml";

    private readonly ManifestOptions _manifest;
    private readonly SimulationOptions _simulation;
    private readonly LlmOptions _llm;
    private readonly StorageOptions _storage;
    private readonly IReadOnlyList<string> _protocols;

    /// <summary>The protocols with what each needs (its task templates, what a firm must have); names only when not given.</summary>
    public ProtocolRegistry? Registry { get; init; }

    /// <summary>The wall clock; a console run's decisions are typed during the run, so its id covers when it started.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The container's content libraries (the firm's is loaded to check it); a fresh set when not given.</summary>
    public ContentLibraries Libraries { get; init; } = new();

    /// <summary>The stub's settings (part of the run id); defaults when not given.</summary>
    public StubOptions Stub { get; init; } = new();

    public RunInputs(ManifestOptions manifest, SimulationOptions simulation, LlmOptions llm, StorageOptions storage, IReadOnlyList<string> protocols)
    {
        _manifest = manifest;
        _simulation = simulation;
        _llm = llm;
        _storage = storage;
        _protocols = protocols;
    }

    /// <summary>The inputs checker with the host's settings.</summary>
    public static RunInputs From(IServiceProvider services) => new(
        services.GetRequiredService<IOptions<ManifestOptions>>().Value,
        services.GetRequiredService<IOptions<SimulationOptions>>().Value,
        services.GetRequiredService<IOptions<LlmOptions>>().Value,
        services.GetRequiredService<IOptions<StorageOptions>>().Value,
        services.GetRequiredService<ProtocolRegistry>().Names)
    {
        Stub = services.GetRequiredService<IOptions<StubOptions>>().Value,
        Registry = services.GetRequiredService<ProtocolRegistry>(),
        Clock = services.GetService<TimeProvider>() ?? TimeProvider.System,
        Libraries = services.GetRequiredService<ContentLibraries>(),
    };

    public (ResolvedRun? Run, ManifestLoadResult? ManifestResult, IReadOnlyList<string> Problems) Resolve(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        // A NUL cannot be in a file name; the path APIs throw on it, so refuse it first, by option.
        foreach (var (option, value) in new[] { ("--brief", request.BriefPath), ("--manifest", request.ManifestPath), ("--out", request.OutDirectory) }.Concat(request.Overlays.Select(o => ("--overlay", (string?)o))))
        {
            if (value?.Contains('\0', StringComparison.Ordinal) == true)
            {
                problems.Add($"{option}: the path contains a NUL character, which no file name can hold. Give the path of a real file or folder.");
            }
        }

        // An empty path (an unset shell variable, --brief "") names no file: say so rather than fall back to a default or fail inside a path API.
        foreach (var (option, value, what) in EmptyPathChecks(request))
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{option}: '{value}' is not a path. Give {what}.");
            }
        }

        if (request.LogFile is { } logFile && LogFileSink.Problem(logFile) is { } logProblem)
        {
            problems.Add("--log-file: " + logProblem);
        }

        if (problems.Count > 0)
        {
            return (null, null, problems);
        }

        if (ManifestPaths.ConfiguredProblem(request.ManifestPath, _manifest, "--manifest PATH") is { } configured)
        {
            return (null, null, [configured]);
        }

        var manifestPath = ManifestPaths.Resolve(request.ManifestPath, _manifest);
        var manifestResult = ManifestLoader.Load(manifestPath);
        if (!manifestResult.IsValid)
        {
            return (null, manifestResult, [$"The manifest '{manifestPath}' has {Core.Engagements.CountWords.Of(manifestResult.Errors.Count, "error")}, {(manifestResult.Errors.Count == 1 ? "printed" : "each printed")} with its file, line and fix; run 'nexussim validate' on it after fixing {(manifestResult.Errors.Count == 1 ? "it" : "them")}."]);
        }

        var unknown = request.Scenarios.Where(s => FailureScenarios.SettingsOf(s) is null).ToList();
        if (unknown.Count > 0)
        {
            return (null, manifestResult, [.. unknown.Select(s => $"--scenario: '{s}' is not a scenario. {NearestName.Guess(s, [.. FailureScenarios.Names, .. FailureScenarios.Names.Select(n => n + FailureScenarios.Uncaught)])}Use one of: {string.Join(", ", FailureScenarios.Names)} (add {FailureScenarios.Uncaught} to switch its catching mechanism off).")]);
        }

        // Each pair's errors name where it was written: the scenario, or the --set (or variant item) counted among the user's own.
        var scenarioPairs = request.Scenarios.SelectMany(s => FailureScenarios.SettingsOf(s)!.Select(p => (Pair: p, Label: $"--scenario {s}"))).ToList();
        var setLabels = request.Sets.Select((_, i) => request.SetLabels is { } labels && i < labels.Count ? labels[i] : $"--set #{i + 1}");
        var variant = ManifestVariant.Apply(manifestResult.Manifest!, request.Overlays, [.. scenarioPairs.Select(p => p.Pair), .. request.Sets], [.. scenarioPairs.Select(p => p.Label), .. setLabels]);
        if (!variant.IsValid)
        {
            return (null, manifestResult, [.. variant.Errors.Select(e => $"{e.Location}: {e.Code}: {e.Message} Fix: {e.Fix}")]);
        }

        var manifest = variant.Variant!.Manifest;
        var protocol = request.Protocol ?? _simulation.Protocol;
        if (!_protocols.Contains(protocol))
        {
            problems.Add($"{Where(request.Protocol, "--protocol", SimulationOptions.SectionName + ":Protocol")}: unknown protocol '{protocol}'. {NearestName.Guess(protocol, _protocols)}Available: {string.Join(", ", _protocols)}.");
        }
        else if (Registry is not null)
        {
            problems.AddRange(Registry.Lacks(protocol, manifest).Select(l => $"{Where(request.Protocol, "--protocol", SimulationOptions.SectionName + ":Protocol")} {protocol}: {l}"));
        }

        var prompts = LoadPrompts(manifest, Registry?.TasksOf(protocol) ?? [], problems);
        FirmContentCheck.Check(manifest, problems, Libraries);
        var brief = LoadBrief(request, manifest, problems);
        var line = brief is null ? null : ResolveServiceLine(request, brief, manifest, problems);

        var approver = request.Approver ?? variant.Variant.Approver ?? _simulation.Approver;
        var approverSource = ApproverSource.Check(approver, Where(request.Approver, "--approver", SimulationOptions.SectionName + ":Approver"), problems, [.. manifest.DeliverableTypes.Select(d => d.Id)]);
        if (approver == ConsoleApproverName)
        {
            // Typed (or piped) decisions are not known before the run: each console session is its own
            // record, so two sessions with other decisions never share a folder.
            approverSource = "console session started " + Clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        var provider = request.Provider ?? _llm.Provider;
        CheckProvider(provider, Where(request.Provider, "--provider", LlmOptions.SectionName + ":Provider"), problems);
        var outDirectory = CheckOutDirectory(request.OutDirectory ?? _storage.OutputDirectory, Where(request.OutDirectory, "--out", StorageOptions.SectionName + ":OutputDirectory"), problems);
        if (request.RunId is { } runId && !RunIdPattern().IsMatch(runId))
        {
            problems.Add($"--run-id: '{runId}' is not a usable run id; use letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit).");
        }

        if (problems.Count > 0 || brief is null || line is null || outDirectory is null || prompts is null)
        {
            return (null, manifestResult, problems);
        }

        var seed = request.Seed ?? _simulation.Seed;
        var settings = RunSettings.From(_simulation, Stub, _llm, provider, request.Faults, approverSource);
        FirmContentCheck.AddHash(settings, manifest);
        settings[ContentLibraries.PromptsHashSetting] = Libraries.PromptsHash(ContentLibraries.PromptsDirectory);
        var id = request.RunId ?? DeriveRunId(manifest, brief, line, seed, protocol, approver, provider, request.Faults, settings);
        return (new ResolvedRun(id, manifest, brief, line, seed, protocol, approver, provider, request.Faults, outDirectory, prompts) { Settings = settings, Governance = variant.Variant.Settings, ReviewerFallibility = variant.Variant.ReviewerFallibility, ReviewerCatchRate = variant.Variant.ReviewerCatchRate, HumanCatchRate = variant.Variant.HumanCatchRate, StubInconsistentTerm = variant.Variant.StubInconsistentTerm, StubUnauthorizedAttempt = variant.Variant.StubUnauthorizedAttempt, StubQuoteFactor = variant.Variant.StubQuoteFactor }, manifestResult, problems);
    }

    public const string ConsoleApproverName = "console";

    /// <summary>
    /// The run id: a digest of everything that determines the run (manifest, brief, service line,
    /// seed, protocol, approver and its decisions, provider, faults and every setting the run reads),
    /// so the same inputs land in the same place and different inputs never share a folder.
    /// </summary>
    public static string DeriveRunId(FirmManifest manifest, Brief brief, ServiceLine line, ulong seed, string protocol, string approver, string provider, bool faults, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(line);
        string[] parts = [manifest.ContentHash, brief.ContentHash, line.Id, seed.ToString(System.Globalization.CultureInfo.InvariantCulture), protocol, approver, provider, faults ? "faults" : "clean"];
        return "run-" + StableHash.Hex(settings is null ? parts : [.. parts, RunSettings.Canonical(settings)])[..12];
    }

    private static IEnumerable<(string Option, string? Value, string What)> EmptyPathChecks(RunRequest request) =>
    [
        ("--brief", request.BriefPath, "a brief (YAML), e.g. --brief briefs/retail-ops.yaml, or leave --brief out for the firm's default brief"),
        ("--manifest", request.ManifestPath, "a manifest directory or its entry file, e.g. --manifest samples/five-agent-firm, or leave --manifest out for the configured firm"),
        .. request.Overlays.Select(o => ("--overlay", (string?)o, "an overlay (YAML), e.g. --overlay samples/overlays/lenient.yaml")),
    ];

    // Names the option when the user gave it, the configuration key when the value came from settings.
    private static string Where(string? given, string option, string setting) => given is not null ? option : $"setting {setting}";

    private static Brief? LoadBrief(RunRequest request, FirmManifest manifest, List<string> problems)
    {
        var (schema, schemaErrors) = BriefSchemaLoader.ForFirm(manifest.Directory);
        if (schema is null)
        {
            problems.AddRange(schemaErrors.Select(e => $"brief schema {e}"));
            return null;
        }

        BriefLoadResult result;
        if (request.BriefPath is { } path)
        {
            result = BriefLoader.LoadFile(Path.GetFullPath(path), schema);
        }
        else if (File.Exists(Path.Combine(manifest.Directory, FirmBriefFile)))
        {
            result = BriefLoader.LoadFile(Path.Combine(manifest.Directory, FirmBriefFile), schema);
        }
        else
        {
            result = BriefLoader.Load(DefaultBrief.Read(), DefaultBrief.SourceName, schema);
        }

        problems.AddRange(result.Errors.Select(e => $"brief {e}"));
        return result.IsValid ? result.Brief : null;
    }

    // The firm's task templates must all be there (and well formed) before anything runs.
    private static PromptLibrary? LoadPrompts(FirmManifest manifest, IReadOnlyList<ProtocolTask> protocolTasks, List<string> problems)
    {
        try
        {
            return PromptLibrary.Load(ContentLibraries.PromptsDirectory, manifest, ChainProtocol.IntakeTask, protocolTasks);
        }
        catch (PromptLibraryException ex)
        {
            problems.AddRange(ex.Problems);
            return null;
        }
    }

    private static ServiceLine? ResolveServiceLine(RunRequest request, Brief brief, FirmManifest manifest, List<string> problems)
    {
        var id = request.ServiceLine ?? brief.ServiceLine ?? manifest.ServiceLines[0].Id;
        var line = manifest.ServiceLines.FirstOrDefault(s => s.Id == id);
        if (line is null)
        {
            // Said as the brief's own errors are: "brief FILE:LINE:COLUMN: field".
            var where = request.ServiceLine is not null ? "--service-line" : $"brief {brief.SourceFile}{(brief.ServiceLineAt.Length > 0 ? ":" + brief.ServiceLineAt : string.Empty)}: service_line";
            problems.Add($"{where}: '{id}' is not a service line of {manifest.Firm.Name}. {NearestName.Guess(id, manifest.ServiceLines.Select(s => s.Id))}Use one of: {string.Join(", ", manifest.ServiceLines.Select(s => s.Id))}.");
        }

        return line;
    }

    private void CheckProvider(string provider, string where, List<string> problems)
    {
        if (!LlmOptions.Providers.Contains(provider))
        {
            problems.Add($"{where}: unknown provider '{provider}'. Use {string.Join(" or ", LlmOptions.Providers)}.");
        }
        else if (provider == LlmOptions.OpenAi && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(_llm.ApiKeyVariable)))
        {
            problems.Add($"--provider openai needs an API key in the environment variable {_llm.ApiKeyVariable} (set NexusSim:Llm:ApiKeyVariable to use another).");
        }
    }

    // Probes that the directory can be written, then removes whatever the probe created: a run
    // with bad input must leave nothing behind, and the runner creates the directory when it writes.
    private static string? CheckOutDirectory(string directory, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(directory) || directory.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add($"{where}: '{directory}' is not a directory name. Give the output directory, e.g. --out out.");
            return null;
        }

        var full = Path.GetFullPath(directory);
        var missing = MissingDirectories(full);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".nexussim-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problems.Add($"{where}: cannot write to '{full}': {ex.Message} Choose a writable directory with --out.");
            return null;
        }
        finally
        {
            foreach (var created in missing.Where(d => Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any()))
            {
                Directory.Delete(created);
            }
        }
    }

    /// <summary>The directories on the way to <paramref name="path"/> that do not exist yet, deepest first.</summary>
    private static List<string> MissingDirectories(string path)
    {
        var missing = new List<string>();
        for (var current = path; current is not null && !Directory.Exists(current) && !File.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Add(current);
        }

        return missing;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex RunIdPattern();
}
