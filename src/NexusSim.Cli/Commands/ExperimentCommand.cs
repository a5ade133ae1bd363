using NexusSim.Core.Engagements;
using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Experiments;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Reporting;
using NexusSim.Cli.Running;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Storage;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim experiment`: protocols × variants × scenarios × briefs × firms × seeds, in this process, across the cores.</summary>
internal static class ExperimentCommand
{
    /// <summary>The experiment folder when neither --out nor the file names one.</summary>
    public const string DefaultFolder = "experiment-out";

    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string?>("FILE") { Description = "An experiment file (YAML) naming the axes; options given on the command line replace its values. Keys: docs/experiments.md.", Arity = ArgumentArity.ZeroOrOne };
        var protocols = new Option<string?>("--protocol") { Description = $"Protocols, comma-separated: {HelpLists.Protocols} (default: the configured protocol).", HelpName = "A,B" };
        var variants = new Option<string[]>("--variant") { Description = $"A governance variant NAME=ITEM[,ITEM]: each ITEM is an overlay file or a KEY=VALUE setting (as --set of run: {HelpLists.SetKeys}); repeatable. 'baseline' is the manifest as given, the cell the others are compared with: it is added first unless given, and takes no items.", HelpName = "NAME=ITEMS" };
        var scenarios = new Option<string?>("--scenario") { Description = $"Failure-mode scenarios, comma-separated: {HelpLists.Scenarios}, each as NAME or NAME{FailureScenarios.Uncaught}; '{ExperimentCell.NoScenario}' for no scenario (default {ExperimentCell.NoScenario}).", HelpName = "A,B" };
        var briefs = new Option<string?>("--brief") { Description = "Client briefs (YAML), comma-separated (default: the firm's default brief).", HelpName = "FILES" };
        var firms = new Option<string?>("--manifest") { Description = "Firms: manifest directories or files, comma-separated (default: the configured manifest).", HelpName = "PATHS" };
        var seeds = new Option<string?>("--seeds", "--seed", "-s") { Description = string.Create(CultureInfo.InvariantCulture, $"Seeds: a range and/or list, e.g. 1..20 or 1,2,5 (--seed 3, as run spells it, is one seed); at most {ExperimentAxes.MaxSeeds:#,0} seeds, repeats count once (default {ExperimentRequest.DefaultSeeds})."), HelpName = "RANGE" };
        var parallelism = new Option<int?>("--parallelism", "-p") { Description = $"Engagements run at once (default: the processor count, {Environment.ProcessorCount} here). Results do not depend on it.", HelpName = "N" };
        var output = new Option<string?>("--out", "-o") { Description = "The experiment folder (default experiment-out). Running again into the same folder resumes: finished runs are not redone.", HelpName = "DIR" };
        var keepRuns = new Option<bool>("--keep-runs") { Description = "Keep every run's folder under DIR/runs (default: keep only each run's figures and audit head in DIR/records)." };
        var command = new Command("experiment", "Run an experiment: every combination of protocols, variants, scenarios, briefs and firms over the seeds, in this process. The options name them; FILE, optional, is an experiment file (YAML) naming them instead, its values replaced by any option given. " + Writes);
        command.Arguments.Add(file);
        foreach (var option in new Option[] { protocols, variants, scenarios, briefs, firms, seeds, parallelism, output, keepRuns })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => RunAsync(console, new ExperimentRequest
        {
            File = parse.GetValue(file),
            Protocols = parse.GetValue(protocols),
            Variants = parse.GetValue(variants) ?? [],
            Scenarios = parse.GetValue(scenarios),
            Briefs = parse.GetValue(briefs),
            Firms = parse.GetValue(firms),
            Seeds = parse.GetValue(seeds),
            Parallelism = parse.GetValue(parallelism),
            OutDirectory = parse.GetValue(output),
            KeepRuns = parse.GetValue(keepRuns),
        }, ct));
        return command;
    }

    // What the experiment folder holds, named from the writers' own constants (docs/experiments.md, "Outputs").
    private static string Writes =>
        $"Writes into the experiment folder DIR (--out DIR, default {DefaultFolder}): {ResultsCsv.FileName} (one row per run), {SummaryMarkdown.FileName} (mean, median, 95 % t-interval per cell, paired differences against the baseline), " +
        $"{ExperimentCharts.FolderName}/ (PNG and SVG charts), {ReportHtml.FileName} (the charts and summary.md's tables on one page), " +
        $"{ExperimentRecords.FolderName}/ (one record per finished run, for resuming), {ExperimentDefinition.FileName} (the axes the folder was started with) " +
        $"and, with --keep-runs, {ExperimentRunner.RunsFolder}/ (each run's whole folder).";

    public static Task<int> RunAsync(IAnsiConsole console, ExperimentRequest request, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, builder => builder.Services.AddEngagementWorker(), async (services, token) =>
        {
            var inputs = RunInputs.From(services);
            var problems = new List<string>();
            var spec = request.ToSpec(services.GetRequiredService<IOptions<SimulationOptions>>().Value.Protocol, problems);
            var directory = ExperimentFolder(request, problems);
            var runner = new ExperimentRunner(services.GetRequiredService<EngagementRunner>(), inputs, new OverlayVariantApplier());
            IReadOnlyList<(ExperimentCell Cell, ResolvedRun Run)> resolved = [];
            if (spec is not null && directory is not null && problems.Count == 0)
            {
                var (runs, found) = runner.Resolve(spec.Cells(), directory);
                resolved = runs;
                problems.AddRange(found);
                if (problems.Count == 0 && ExperimentDefinition.Claim(directory, spec) is { } claimed)
                {
                    problems.Add(claimed);
                }
            }

            if (problems.Count > 0)
            {
                return Refuse(console, problems);
            }

            var parallel = request.Parallelism ?? request.FileParallelism ?? Environment.ProcessorCount;
            var keepRuns = request.KeepRuns || request.FileKeepRuns;
            console.WriteLine(Headline(resolved.Count, spec!, parallel, directory!));
            // Make the audit signing key before the runs start: runs that start together would race to create it.
            var keyPath = services.GetRequiredService<IOptions<StorageOptions>>().Value.CheckpointKeyPath;
            (await CheckpointKeyFile.LoadOrCreateAsync(keyPath.Length == 0 ? CheckpointKeyFile.DefaultPath : keyPath, token).ConfigureAwait(false)).Dispose();
            var rows = await ExperimentProgressView.RunAsync(console, progress => runner.RunAsync(resolved, directory!, parallel, keepRuns, progress, token)).ConfigureAwait(false);
            if (rows is null)
            {
                console.Errors().WriteLine($"Interrupted. The finished runs are recorded in {Path.Combine(directory!, ExperimentRecords.FolderName)}; run the same command again to resume.");
                return ExitCodes.Interrupted;
            }

            await ExperimentOutputs.WriteAsync(directory!, rows, token).ConfigureAwait(false);
            if (!keepRuns)
            {
                var runsFolder = Path.Combine(directory!, ExperimentRunner.RunsFolder);
                if (Directory.Exists(runsFolder) && !Directory.EnumerateFileSystemEntries(runsFolder).Any())
                {
                    Directory.Delete(runsFolder);
                }
            }

            console.WriteLine($"Wrote {ExperimentOutputs.Describe(directory!, rows.Count)}.");
            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>The line before the runs start: how many runs, from which axes, how many at a time, into which folder.</summary>
    internal static string Headline(int runs, ExperimentSpec spec, int parallel, string directory) =>
        $"Experiment: {CountWords.Of(runs, "run")} ({CountWords.Of(spec.Protocols.Count, "protocol")} × {CountWords.Of(spec.Variants.Count, "variant")} × " +
        $"{CountWords.Of(spec.Scenarios.Count, "scenario")} × {CountWords.Of(spec.Briefs.Count, "brief")} × {CountWords.Of(spec.Firms.Count, "firm")} × " +
        $"{CountWords.Of(spec.Seeds.Count, "seed")}), {parallel} at a time, into {directory}";

    private static string? ExperimentFolder(ExperimentRequest request, List<string> problems)
    {
        var folder = request.OutDirectory ?? request.FileOutDirectory ?? DefaultFolder;
        if (string.IsNullOrWhiteSpace(folder) || folder.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add($"--out: '{folder}' is not a folder name; give the experiment folder, e.g. --out {DefaultFolder}.");
            return null;
        }

        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            problems.Add($"--out: '{full}' is a file; give a folder for the experiment.");
            return null;
        }

        return full;
    }

    private static int Refuse(IAnsiConsole console, List<string> problems)
    {
        foreach (var problem in problems)
        {
            console.Errors().WriteErrorLine(problem);
        }

        console.Errors().WriteLine("Nothing was run. Fix the input above and try again ('nexussim experiment --help' lists the options).");
        return ExitCodes.InvalidInput;
    }
}
