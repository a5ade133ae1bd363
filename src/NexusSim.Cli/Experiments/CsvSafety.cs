namespace NexusSim.Cli.Experiments;

/// <summary>Keeps a spreadsheet from executing a cell: text starting with =, +, -, @, tab or CR gets a leading quote.</summary>
internal static class CsvSafety
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Array.IndexOf(Triggers, text[0]) >= 0 ? "'" + text : text;
}
