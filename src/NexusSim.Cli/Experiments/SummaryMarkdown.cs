using NexusSim.Core.Engagements;
using System.Globalization;
using System.Text;
using NexusSim.Cli.Rendering;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Writes summary.md: for each metric and each cell (all axes but the seed), the mean, median and
/// 95 % t-interval over its seeds, and the paired difference against the baseline cell (the first
/// protocol, variant and scenario of the same brief and firm) over the seeds both ran. Cells are
/// labelled with <see cref="CellLabels"/>: briefs and firms by short name, never an absolute path.
/// Figures are written to four significant digits (<see cref="F"/>).
/// </summary>
internal static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    public static string Build(IReadOnlyList<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine("# Experiment summary").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{CountWords.Of(rows.Count, "run")}. Intervals are 95 % Student t-intervals of the mean; each cell's interval is cut at 0 (no figure here can be negative; with few seeds or rare events the t-interval would reach below it); Δ is the paired difference (cell − baseline) over the seeds both ran. Runs that did not complete are included with their figures; a metric the runs' summaries do not report is listed as n/a.").AppendLine();
        text.AppendLine($"A cell is every run of one {CellAxes}, over the seeds; briefs and firms are named by their file or folder name, `{ExperimentCell.Default}` for the default.").AppendLine();
        var groups = rows.GroupBy(r => r.Cell.Group).ToList();
        var labels = new CellLabels(rows.Select(r => r.Cell));
        foreach (var metric in ExperimentMetrics.Names)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {metric}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Per run: {ExperimentMetrics.Meanings[metric]}.").AppendLine();
            if (rows.All(r => r.Metric(metric) is null))
            {
                text.AppendLine("n/a: not reported by the runs.").AppendLine();
                continue;
            }

            text.AppendLine($"| cell ({CellAxes}) | n | mean | median | 95 % CI | Δ vs baseline (95 % CI, pairs) |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var group in groups)
            {
                var values = group.Select(r => r.Metric(metric)).OfType<double>().ToList();
                var estimate = Estimate.Of(values);
                var baseline = BaselineOf(rows, group.First().Cell);
                var delta = baseline.Count == 0 || ReferenceEquals(baseline[0], group.First()) ? "baseline" : Delta(group.ToList(), baseline, metric);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {labels.Of(group.First().Cell)} | {estimate?.Count ?? 0} | {F(estimate?.Mean)} | {F(estimate?.Median)} | {Interval(estimate, atLeastZero: true)} | {delta} |");
            }

            text.AppendLine();
            if (groups.Count > 1 && SameNote(rows, groups, labels, metric) is { } note)
            {
                text.AppendLine(note).AppendLine();
                if (WhySame.TryGetValue(metric, out var why))
                {
                    text.AppendLine(why).AppendLine();
                }
            }
        }

        return text.ToString();
    }

    // What makes a figure the same in every cell, where the model says so: the calendar figures are set
    // by the human's check-ins whenever a person approves each deliverable at set times.
    private static readonly Dictionary<string, string> WhySame = new(StringComparer.Ordinal)
    {
        ["makespan_days"] = CalendarSetByTheHuman,
        ["mean_cycle_days"] = CalendarSetByTheHuman,
    };

    /// <summary>The axes a cell's label names, in its order.</summary>
    public const string CellAxes = "protocol / variant / scenario / brief / firm";

    private const string CalendarSetByTheHuman =
        "When a person approves each deliverable at set check-ins (NexusSim:Simulation:HumanCheckInsPerDay), the wait for the next check-in, not the agents' minutes, is the critical path, so reviews and rework cost money here, not calendar days (docs/experiments.md, \"Why makespan is the same governed and ungoverned\").";

    // Cells that report the metric alike on every seed, so that what tells them apart does not move it
    // (governed and ungoverned makespans, say): one value in every run, or groups of cells whose runs agree
    // seed by seed. Null when no two cells agree, or when those that do report only 0 (an event that did
    // not happen is no finding).
    private static string? SameNote(IReadOnlyList<ExperimentRow> rows, List<IGrouping<string, ExperimentRow>> groups, CellLabels labels, string metric)
    {
        var values = rows.Select(r => r.Metric(metric)).OfType<double>().Distinct().Take(2).ToList();
        if (values.Count == 1)
        {
            return values[0] == 0 ? null : $"Every run reports {F(values[0])}: nothing these cells vary moves {metric}.";
        }

        var alike = groups
            .Select(g => (Cell: g.First().Cell, Runs: g.Where(r => r.Metric(metric) is not null).OrderBy(r => r.Cell.Seed).Select(r => (r.Cell.Seed, Value: r.Metric(metric)!.Value)).ToList()))
            .Where(c => c.Runs.Count > 0 && c.Runs.Any(r => r.Value != 0))
            .GroupBy(c => string.Join(';', c.Runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Seed}={r.Value:R}"))), StringComparer.Ordinal)
            .Where(same => same.Count() > 1)
            .Select(same => same.Select(c => labels.Of(c.Cell)).ToList())
            .ToList();
        if (alike.Count == 0)
        {
            return null;
        }

        // A list, one cell a line: a set can hold a dozen cells, too many to read in one sentence.
        var note = new StringBuilder();
        if (alike.Count == 1)
        {
            note.AppendLine(CultureInfo.InvariantCulture, $"The same on every seed in these {alike[0].Count} cells; what tells them apart does not move {metric}:").AppendLine();
            note.AppendJoin(Environment.NewLine, alike[0].Select(c => $"- {c}"));
        }
        else
        {
            note.AppendLine(CultureInfo.InvariantCulture, $"The same on every seed within each of these {alike.Count} sets of cells; what tells a set's cells apart does not move {metric}:").AppendLine();
            for (var i = 0; i < alike.Count; i++)
            {
                note.AppendLine(CultureInfo.InvariantCulture, $"- set {i + 1} ({alike[i].Count} cells):");
                note.AppendJoin(Environment.NewLine, alike[i].Select(c => $"  - {c}"));
                if (i < alike.Count - 1)
                {
                    note.AppendLine();
                }
            }
        }

        return note.ToString();
    }

    private static List<ExperimentRow> BaselineOf(IReadOnlyList<ExperimentRow> rows, ExperimentCell cell)
    {
        var first = rows.FirstOrDefault(r => r.Cell.Brief == cell.Brief && r.Cell.Firm == cell.Firm);
        return first is null ? [] : [.. rows.Where(r => r.Cell.Group == first.Cell.Group)];
    }

    private static string Delta(List<ExperimentRow> cell, List<ExperimentRow> baseline, string metric)
    {
        var bySeed = baseline.Where(r => r.Metric(metric) is not null).GroupBy(r => r.Cell.Seed).ToDictionary(g => g.Key, g => g.First().Metric(metric)!.Value);
        var differences = cell.Where(r => r.Metric(metric) is not null && bySeed.ContainsKey(r.Cell.Seed))
            .Select(r => r.Metric(metric)!.Value - bySeed[r.Cell.Seed]).ToList();
        var estimate = Estimate.Of(differences);
        return estimate is null ? "no shared seeds" : $"{F(estimate.Mean)} {Interval(estimate)}, {estimate.Count}";
    }

    // A cell's figures are counts, tokens, dollars, days and hours: its interval is cut at 0. A difference
    // can be negative, so Δ's is not.
    private static string Interval(Estimate? estimate, bool atLeastZero = false) =>
        estimate?.Low is { } low && estimate.High is { } high ? $"[{F(atLeastZero ? Math.Max(0, low) : low)}, {F(high)}]" : "n/a";

    // Four significant digits (a token count's interval to the token, with thousands separators; a cost to
    // a hundredth of a cent), never more than four decimals; results.csv keeps every digit.
    internal static string F(double? value)
    {
        if (value is not { } v)
        {
            return "n/a";
        }

        if (Math.Abs(v) >= 1000)
        {
            return v.ToString("#,0", CultureInfo.InvariantCulture);
        }

        var decimals = v == 0 ? 0 : Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(v))), 0, 4);
        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
