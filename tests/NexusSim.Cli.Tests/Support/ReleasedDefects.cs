using System.Text.Json;
using System.Text.RegularExpressions;

namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// An independent re-check of a run's defects: reads the ledger the run wrote (ground-truth.json) and
/// looks for each planted defect in the released files with this class's own plain scans (headings,
/// sentences, phrases, verbatim text), using neither the gates' code nor the stub's parsers.
/// </summary>
internal static class ReleasedDefects
{
    /// <summary>One planted defect of a deliverable, as the ledger file states it.</summary>
    public sealed record Entry(string Deliverable, string Kind, string Target, string Detail);

    /// <summary>Every distinct defect planted in any version of each deliverable.</summary>
    public static List<Entry> Planted(string runDirectory) => Read(runDirectory, releasedOnly: false);

    /// <summary>The defects the ledger says the released versions carry.</summary>
    public static List<Entry> LedgerReleased(string runDirectory) => Read(runDirectory, releasedOnly: true);

    /// <summary>The planted defects the released files show, found by this class's own scans.</summary>
    public static List<Entry> FoundInReleasedFiles(string runDirectory, IReadOnlyCollection<string> releasedDeliverables) =>
        [.. Planted(runDirectory).Where(d => releasedDeliverables.Contains(d.Deliverable)
            && Shows(File.ReadAllText(Path.Combine(runDirectory, "deliverables", d.Deliverable + ".md")), d))];

    /// <summary>True when <paramref name="text"/> shows the defect.</summary>
    public static bool Shows(string text, Entry defect)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var body = BeforeSources(lines);
        return defect.Kind switch
        {
            "MissingSection" => !lines.Any(l => l.StartsWith("## ", StringComparison.Ordinal) && string.Equals(l[3..].Trim(), defect.Target, StringComparison.OrdinalIgnoreCase)),
            "UnsourcedNumber" => Units(body).Any(u => HasFigure(u, defect.Target) && !Citation().IsMatch(u)),
            "Cliche" => HasPhrase(text, defect.Target),
            "InconsistentTerm" => HasPhrase(string.Join('\n', body), defect.Target),
            "WrongFigure" or "MisattributedCitation" or "UnsupportedRecommendation" => body.Any(l => l.Contains(defect.Target, StringComparison.Ordinal)),
            _ => throw new InvalidOperationException($"The re-check does not know the defect kind '{defect.Kind}': teach it before planting it."),
        };
    }

    /// <summary>True when the phrase stands as whole words (any case, any run of spaces).</summary>
    public static bool HasPhrase(string text, string phrase) =>
        Regex.IsMatch(text, "(?<![A-Za-z0-9])" + Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal) + "(?![A-Za-z0-9])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(2));

    private static List<Entry> Read(string runDirectory, bool releasedOnly)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "ground-truth.json")));
        return [.. truth.RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => !releasedOnly || v.GetProperty("released").GetBoolean())
            .SelectMany(v => v.GetProperty("defects").EnumerateArray().Select(d => new Entry(
                v.GetProperty("deliverable").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("target").GetString()!, d.GetProperty("detail").GetString()!)))
            .Distinct()];
    }

    private static string[] BeforeSources(string[] lines)
    {
        var sources = Array.FindIndex(lines, l => l.Trim().Equals("## Sources", StringComparison.OrdinalIgnoreCase));
        return sources < 0 ? lines : lines[..sources];
    }

    // A table row is one unit; other lines lose their list marker ("3. ", "- ") and split into sentences after a stop followed by a space.
    private static IEnumerable<string> Units(IEnumerable<string> lines) =>
        lines.Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .SelectMany(l => l.TrimStart().StartsWith('|') ? [l] : SentenceEnd().Split(ListMarker().Replace(l, string.Empty)));

    private static bool HasFigure(string unit, string figure) =>
        Regex.IsMatch(Citation().Replace(unit, " "), "(?<![A-Za-z0-9_.,$])" + Regex.Escape(figure) + "(?![A-Za-z0-9_]|[.,][0-9])", RegexOptions.None, TimeSpan.FromSeconds(2));

    private static Regex Citation() => new(@"\[S[0-9]+\]", RegexOptions.None, TimeSpan.FromSeconds(2));

    private static Regex ListMarker() => new(@"^\s*(>\s*)*([-*+]|[0-9]+[.)])\s+", RegexOptions.None, TimeSpan.FromSeconds(2));

    private static Regex SentenceEnd() => new(@"(?<=[.!?])\s+(?=[A-Z0-9$(""'*_])", RegexOptions.None, TimeSpan.FromSeconds(2));
}
