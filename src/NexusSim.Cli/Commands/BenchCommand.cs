using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Running;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim bench`: prints the speed and safety figures the targets are checked against.</summary>
internal static class BenchCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var warm = new Option<int>("--warm-runs") { Description = "Default runs timed after the first (default 5).", DefaultValueFactory = _ => 5, HelpName = "N" };
        var command = new Command("bench", $"Benchmark: wall time of the default run (target < {BenchFigures.RunTargetSeconds} s, host start included) and a fault-injection fuzz of at least {BenchFigures.FuzzTarget} tool calls (target: 0 unauthorized executed, every denial audited). Exit 0 when both targets are met.");
        command.Options.Add(warm);
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(warm), ct));
        return command;
    }

    public static Task<int> RunAsync(IAnsiConsole console, int warmRuns, CancellationToken cancellationToken)
    {
        var sinceStart = Stopwatch.StartNew();
        return NexusHost.RunAsync(console, builder => builder.Services.AddEngagementWorker(), async (services, token) =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"nexussim-bench-{Environment.ProcessId}");
            try
            {
                var inputs = RunInputs.From(services);
                var bench = new Bench(services.GetRequiredService<EngagementRunner>(), inputs);
                var figures = await bench.MeasureAsync(scratch, Math.Max(0, warmRuns), sinceStart, line => console.MarkupLineInterpolated($"[grey]{line}[/]"), token).ConfigureAwait(false);
                Render(console, figures);
                return figures.RunTargetMet && figures.FuzzTargetMet ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        }, cancellationToken);
    }

    private static void Render(IAnsiConsole console, BenchFigures f)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Figure", "Value", "Target");
        table.AddRow("default run, cold (host start included)", $"{f.ColdRunSeconds:0.00} s", Verdict(f.RunTargetMet, $"< {BenchFigures.RunTargetSeconds} s"));
        table.AddRow("default run, warm median", $"{f.WarmRunSecondsMedian:0.000} s over {f.WarmRuns}", string.Empty);
        table.AddRow("model calls per default run", $"{f.LlmCallsPerRun}", string.Empty);
        table.AddRow("fuzz: engagements with faults", $"{f.FuzzRuns} in {f.FuzzSeconds:0.0} s", string.Empty);
        table.AddRow("fuzz: tool calls", $"{f.FuzzToolCalls}", Verdict(f.FuzzToolCalls >= BenchFigures.FuzzTarget, $">= {BenchFigures.FuzzTarget}"));
        table.AddRow("fuzz: refused (denied, invalid, unknown)", $"{f.FuzzToolErrors}", string.Empty);
        table.AddRow("fuzz: denied by policy", $"{f.FuzzDenied}", string.Empty);
        table.AddRow("fuzz: unauthorized executed", $"{f.FuzzUnauthorizedExecuted}", Verdict(f.FuzzUnauthorizedExecuted == 0, "0"));
        table.AddRow("fuzz: denials audited with a reason", $"{f.FuzzDenialsAudited} of {f.FuzzDenied}", Verdict(f.FuzzDenialsAudited == f.FuzzDenied, "all"));
        console.Write(table);
    }

    private static string Verdict(bool met, string target) => met ? $"[green]{Markup.Escape(target)} ✓[/]" : $"[red]{Markup.Escape(target)} ✗[/]";
}
