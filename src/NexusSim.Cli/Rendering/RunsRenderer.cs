using NexusSim.Core.Engagements;
using NexusSim.Cli.Records;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>Prints `runs list`, `runs show` and `runs diff` as plain tables; every value is neutralised text.</summary>
internal static class RunsRenderer
{
    public static void List(IAnsiConsole console, IReadOnlyList<RunFolder> runs, string outDirectory)
    {
        if (runs.Count == 0)
        {
            console.WriteSafe($"No runs in {outDirectory}.");
            console.WriteLine();
            return;
        }

        // Governance tells apart runs of one seed that a variant or scenario changed (gates off, a scenario's switch).
        var table = new Table().Border(TableBorder.Simple).AddColumns("Run", "Status", "Started (UTC)", "Client", "Service line", "Seed", "Protocol", "Approver", "Governance");
        foreach (var run in runs)
        {
            // A table's column says "none" as "-" (README, "runs list"); runs show and diff spell it out.
            var governance = run.Fields().FirstOrDefault(f => f.Name == "governance").Value ?? "-";
            string[] columns = [run.Id, run.Field("status"), run.Field("started_at"), run.Field("client"), run.Field("service_line"), run.Field("seed"), run.Field("protocol"), run.Field("approver"), governance];
            table.AddRow(Cells([.. columns.Select(c => c == SummaryFields.None ? "-" : c)]));
        }

        console.Write(table);
        console.WriteSafe($"{CountWords.Of(runs.Count, "run")} in {outDirectory}");
        console.WriteLine();
    }

    public static void Show(IAnsiConsole console, RunFolder run)
    {
        console.WriteSafe(run.Directory, new Style(decoration: Decoration.Bold));
        console.WriteLine();
        var fields = new Table().Border(TableBorder.Simple).AddColumns("Field", "Value");
        foreach (var (name, value) in run.Fields().Concat(run.Settings().Select(s => ($"settings.{s.Name}", s.Value))))
        {
            fields.AddRow(Cells(name, value));
        }

        console.Write(fields);
        var deliverables = new Table().Border(TableBorder.Simple).AddColumns("Deliverable", "State");
        foreach (var (id, state) in run.Deliverables())
        {
            deliverables.AddRow(Cells(id, state));
        }

        console.Write(deliverables);
        var details = new Table().Border(TableBorder.Simple).AddColumns("Deliverable field", "Value");
        foreach (var (name, value) in run.DeliverableFields())
        {
            details.AddRow(Cells(name, value));
        }

        console.Write(details);
    }

    public static void Diff(IAnsiConsole console, RunFolder a, RunFolder b)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "Field", a.Id, b.Id);
        Rows(table, a.Fields(), b.Fields());
        Rows(table, a.Settings().Select(s => ($"settings.{s.Name}", s.Value)), b.Settings().Select(s => ($"settings.{s.Name}", s.Value)));
        Rows(table, a.Deliverables().Select(d => ($"deliverable {d.Id}", d.State)), b.Deliverables().Select(d => ($"deliverable {d.Id}", d.State)));
        Rows(table, a.DeliverableFields(), b.DeliverableFields());
        console.Write(table);
        console.WriteLine("'*' marks a difference.");
    }

    // One row per name in either run, in first-seen order; '*' where the values differ.
    private static void Rows(Table table, IEnumerable<(string Name, string Value)> left, IEnumerable<(string Name, string Value)> right)
    {
        var a = left.ToList();
        var b = right.ToList();
        var names = a.Select(p => p.Name).Concat(b.Select(p => p.Name)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var va = a.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault() ?? SummaryFields.None;
            var vb = b.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault() ?? SummaryFields.None;
            table.AddRow(Cells(va == vb ? " " : "*", name, va, vb));
        }
    }

    private static Text[] Cells(params string[] values) => [.. values.Select(v => SafeText.Plain(v))];
}
