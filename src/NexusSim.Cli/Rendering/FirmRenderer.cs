using NexusSim.Core.Engagements;
using System.Globalization;
using NexusSim.Core.Manifest;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>Shows a valid firm: people, decision matrix, gates and service lines.</summary>
internal static class FirmRenderer
{
    public static void Render(IAnsiConsole console, FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(manifest);
        console.Markup("[green]Manifest OK:[/] ");
        console.WriteSafe(manifest.Firm.Name, new Style(decoration: Decoration.Bold));
        console.WriteSafe($" ({manifest.EntryFile})");
        console.WriteLine();
        console.WriteLine(Counts(manifest));
        console.Write(People(manifest));
        console.Write(Gates(manifest));
        console.Write(ServiceLines(manifest));
    }

    /// <summary>The line under the firm's name: how many of each part the manifest declares, and its hash.</summary>
    internal static string Counts(FirmManifest manifest) =>
        $"{CountWords.Of(manifest.Humans.Count(), "human")}, {CountWords.Of(manifest.Agents.Count(), "agent")}, {CountWords.Of(manifest.Domains.Count, "decision domain")}, " +
        $"{CountWords.Of(manifest.Gates.Count, "gate")}, {CountWords.Of(manifest.ServiceLines.Count, "service line")}, {CountWords.Of(manifest.DeliverableTypes.Count, "deliverable type")}, " +
        $"{CountWords.Of(manifest.Chains.Count, "chain")}; sha256 {manifest.ContentHash[..12]}";

    private static Table People(FirmManifest manifest)
    {
        var table = NewTable("People", "id", "name", "title", "kind", "tier", "reports to", "owns");
        foreach (var actor in manifest.Actors)
        {
            table.AddRow(
                Cell(actor.Id), Cell(actor.Name), Cell(actor.Title), Cell(actor.IsHuman ? "human" : "agent"),
                Cell(actor.Tier ?? "-"), Cell(actor.ReportsTo ?? "-"), Cell(actor.Domains.Count == 0 ? "-" : string.Join(", ", actor.Domains)));
        }

        return table;
    }

    private static Table Gates(FirmManifest manifest)
    {
        var table = NewTable("Gates", "id", "name", "kind", "checks", "owners", "max attempts", "on fail", "blocking");
        foreach (var gate in manifest.Gates)
        {
            table.AddRow(
                Cell(gate.Id), Cell(gate.Name), Cell(gate.Kind.ToString().ToLowerInvariant()),
                Cell(gate.Checks.Count == 0 ? "-" : string.Join(", ", gate.Checks.Select(c => c.ToString().ToLowerInvariant()))),
                Cell(string.Join(", ", gate.Owners)), Cell(gate.MaxAttempts.ToString(CultureInfo.InvariantCulture)),
                Cell(gate.OnFail.ToString().ToLowerInvariant()), Cell(gate.Blocking ? "yes" : "advisory"));
        }

        return table;
    }

    private static Table ServiceLines(FirmManifest manifest)
    {
        var table = NewTable("Service lines", "id", "name", "weeks", "price (USD)", "phases", "deliverables");
        foreach (var line in manifest.ServiceLines)
        {
            table.AddRow(
                Cell(line.Id), Cell(line.Name), Cell(line.Weeks.ToString(CultureInfo.InvariantCulture)),
                Cell(string.Create(CultureInfo.InvariantCulture, $"{line.PriceMinUsd:N0}-{line.PriceMaxUsd:N0}")),
                Cell(line.Phases.Count.ToString(CultureInfo.InvariantCulture)),
                Cell(string.Join(", ", line.Deliverables)));
        }

        return table;
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column));
        }

        return table;
    }

    // Manifest text, neutralised and plain (no markup, no emoji codes).
    private static Text Cell(string text) => SafeText.Plain(text);
}
