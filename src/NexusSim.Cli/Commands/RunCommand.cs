using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Core.Approvals;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Protocols;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim run`: one engagement end to end, offline by default.</summary>
internal static class RunCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var defaults = HelpDefaults.Load();
        var brief = new Option<string?>("--brief") { Description = "Client brief (YAML). Default: the firm's brief.yaml beside its manifest, else the embedded briefs/default.yaml.", HelpName = "FILE" };
        var serviceLine = new Option<string?>("--service-line") { Description = "Service line id (default: the brief's service_line).", HelpName = "ID" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = $"Seed of the stub model and every drawn number ({defaults.Of("NexusSim:Simulation:Seed", "42")}).", HelpName = "N" };
        var protocol = new Option<string?>("--protocol") { Description = $"Collaboration protocol: {HelpLists.Protocols} ({defaults.Of("NexusSim:Simulation:Protocol", "chain")}).", HelpName = "NAME" };
        var approver = new Option<string?>("--approver") { Description = $"Who decides Board approvals: console (a terminal prompt, or one 'approve [reason]' / 'reject <reason>' line per request when stdin is piped), file:PATH (a YAML decisions file), or a policy: {HelpLists.Policies} ({defaults.Of("NexusSim:Simulation:Approver", "approve-if-gates-passed")}).", HelpName = "POLICY" };
        var output = new Option<string?>("--out", "-o") { Description = $"Output directory ({defaults.Of("NexusSim:Storage:OutputDirectory", "out")}).", HelpName = "DIR" };
        var provider = new Option<string?>("--provider") { Description = $"Model provider: stub (offline) or openai (an OpenAI-compatible endpoint; key from the variable NexusSim:Llm:ApiKeyVariable names) ({defaults.Of("NexusSim:Llm:Provider", "stub")}).", HelpName = "NAME" };
        var manifest = new Option<string?>("--manifest") { Description = "Role manifest directory or entry file (default: the shipped agents/).", HelpName = "PATH" };
        var runId = new Option<string?>("--run-id") { Description = "Name of the run directory (default: derived from the manifest, brief, seed and options).", HelpName = "ID" };
        var faults = new Option<bool>("--faults") { Description = "Turn on the stub's chaos fault profile: transient errors, malformed and made-up tool calls, unauthorized attempts, obedience to planted instructions." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the result, not each turn." };
        var logFile = new Option<string?>("--log-file") { Description = "Also write the log events (Information and up, or from -v LEVEL up) to this file as compact JSON.", HelpName = "PATH" };
        var overlay = new Option<string[]>("--overlay") { Description = "A governance overlay (YAML) applied to the manifest; repeatable, applied in order. Keys: docs/governance-variants.md.", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var set = new Option<string[]>("--set") { Description = $"A governance setting KEY=VALUE applied after the overlays; repeatable. KEY is one of: {HelpLists.SetKeys} (<id> a gate, action, check kind or model tier of the firm; values: docs/governance-variants.md).", HelpName = "KEY=VALUE" };
        var scenario = new Option<string[]>("--scenario") { Description = $"A failure-mode scenario: {HelpLists.Scenarios}, with its catching mechanism on; add '{FailureScenarios.Uncaught}' to switch the mechanism off. Repeatable.", HelpName = "NAME" };
        var command = new Command("run", "Run one consulting engagement of the firm, offline on the stub model by default. Writes out/<run-id>/: report.html, deliverables/ (.md and .docx, and <id>.caveats.md for a deliverable released on caveats), escalations/ (when any), summary.json, transcript.jsonl, audit.jsonl, audit.checkpoint.json, run.db and, with the stub, ground-truth.json (the defects it planted).");
        foreach (var option in new Option[] { brief, serviceLine, seed, protocol, approver, output, provider, manifest, runId, faults, quiet, logFile, overlay, set, scenario })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => RunAsync(console, new RunRequest
        {
            BriefPath = parse.GetValue(brief),
            ServiceLine = parse.GetValue(serviceLine),
            Seed = parse.GetValue(seed),
            Protocol = parse.GetValue(protocol),
            Approver = parse.GetValue(approver),
            OutDirectory = parse.GetValue(output),
            Provider = parse.GetValue(provider),
            ManifestPath = parse.GetValue(manifest),
            RunId = parse.GetValue(runId),
            Faults = parse.GetValue(faults),
            Quiet = parse.GetValue(quiet),
            LogFile = parse.GetValue(logFile),
            Overlays = parse.GetValue(overlay) ?? [],
            Sets = parse.GetValue(set) ?? [],
            Scenarios = parse.GetValue(scenario) ?? [],
        }, ct));
        return command;
    }

    public static Task<int> RunAsync(IAnsiConsole console, RunRequest request, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, builder =>
        {
            builder.Services.AddEngagementWorker();
            LogFileSink.Add(builder.Services, request.LogFile);
        }, async (services, token) =>
        {
            var inputs = RunInputs.From(services);
            var (run, manifestResult, problems) = inputs.Resolve(request);
            if (manifestResult is { IsValid: false })
            {
                // The problem line below names the manifest and counts its errors; "nothing was run" is said once, last.
                ManifestErrorRenderer.Render(console.Errors(), string.Empty, manifestResult.Errors, countLine: false);
            }

            if (run is null || problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.Errors().WriteErrorLine(problem);
                }

                console.Errors().WriteLine("Nothing was run. Fix the input above and try again ('nexussim run --help' lists the options).");
                return ExitCodes.InvalidInput;
            }

            RunBanner.Render(console, run);
            var approver = Approvals.ApproverSource.Create(run.Approver, console, console.LineInput());
            IEngagementObserver observer = request.Quiet ? NullEngagementObserver.Instance : new LiveConsoleObserver(console);
            var queue = services.GetRequiredService<EngagementQueue>();
            var pending = queue.Enqueue(new EngagementJob(run, approver, observer, token));
            queue.Complete();
            EngagementResult result;
            try
            {
                result = await pending.ConfigureAwait(false);
            }
            catch (Records.RunInUseException ex)
            {
                console.Errors().WriteErrorLine(ex.Message);
                return ExitCodes.InvalidInput;
            }

            RunBanner.RenderResult(console, result, afterSteps: !request.Quiet);
            return result.ExitCode;
        }, cancellationToken);
}
