using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// The test's own reading of what a set of deliverables states about one fact (written for this test,
/// sharing nothing with the stub or the gates): for each fact, every value stated for it, with where.
/// A fact stated twice with two values is a contradiction.
/// </summary>
internal static partial class StatedFactReader
{
    private static readonly string[] Dimensions =
        ["Technical infrastructure", "Data maturity", "Organizational culture", "Workforce capability", "Regulatory posture", "AI/ML footprint"];

    /// <summary>Fact name to the values stated for it (each with the deliverable that states it).</summary>
    public static Dictionary<string, List<(string Value, string Where)>> Read(IReadOnlyDictionary<string, string> deliverables)
    {
        var stated = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        void Add(string fact, string value, string where)
        {
            if (!stated.TryGetValue(fact, out var list))
            {
                stated[fact] = list = [];
            }

            list.Add((value, where));
        }

        foreach (var (name, markdown) in deliverables)
        {
            var text = Citation().Replace(markdown, string.Empty);
            // The headline metric: named on the Key facts line, or else (a deliverable whose Key facts are
            // counts and money) by the sentence that says it falls.
            var metric = HeadlineMetric().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim()
                : FallingMetric().Match(text) is { Success: true } f ? f.Groups[1].Value.Trim() : null;
            foreach (var line in text.Split('\n'))
            {
                ReadLine(line, metric, (fact, value) => Add(fact, value, name + ": " + line.Trim()));
            }

            foreach (var (kpi, target) in TableTargets(text))
            {
                Add("target of " + kpi.ToLowerInvariant(), target, name + ": table row " + kpi);
            }
        }

        return stated;
    }

    private static void ReadLine(string line, string? metric, Action<string, string> add)
    {
        foreach (Match m in Stakeholders().Matches(line))
        {
            add("stakeholders mapped", m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        foreach (Match m in EngagementCount().Matches(line))
        {
            var what = m.Groups[2].Value.ToLowerInvariant();
            add(what.Contains("subscription", StringComparison.Ordinal) ? "ai subscriptions" : what.Contains("workshop", StringComparison.Ordinal) ? "workshops" : what, m.Groups[1].Value);
        }

        foreach (Match m in CountAfter().Matches(line))
        {
            add(m.Groups[1].Value.Contains("subscription", StringComparison.OrdinalIgnoreCase) ? "ai subscriptions" : "workshops", m.Groups[2].Value);
        }

        foreach (Match m in Readiness().Matches(line))
        {
            add("readiness score", m.Groups[1].Value + m.Groups[2].Value);
        }

        // The governance line's obligation count under the client's binding rules (its Key facts, its compliance map's prose).
        foreach (Match m in ObligationsMet().Matches(line))
        {
            add("obligations met", m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        foreach (Match m in PeerMedian().Matches(line))
        {
            add("peer readiness", m.Groups[1].Value);
        }

        foreach (Match m in ProgrammeBudget().Matches(line))
        {
            add("programme budget", m.Groups[1].Value + m.Groups[2].Value);
        }

        foreach (Match m in FirstWave().Matches(line))
        {
            add("first wave", m.Groups[1].Value);
        }

        foreach (Match m in FullAdoption().Matches(line))
        {
            add("value at full adoption", m.Groups[1].Value);
        }

        foreach (Match m in ManagersWithoutDecider().Matches(line))
        {
            add("managers who cannot name the decider", m.Groups[1].Value);
        }

        foreach (Match m in StaffUnsure().Matches(line))
        {
            add("staff unsure what ai use is allowed", m.Groups[1].Value);
        }

        if (line.Contains("lineage", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in FieldsShare().Matches(line))
            {
                add("fields with documented lineage", m.Groups[1].Value);
            }
        }

        // The share of the first process's records an agent cannot use yet, however a sentence puts it.
        foreach (Match m in IncompleteRecords().Matches(line))
        {
            add("records needing a fix", m.Groups.Values.Skip(1).First(g => g.Success).Value);
        }

        foreach (var dimension in Dimensions)
        {
            var row = Regex.Match(line, @"^\|\s*" + Regex.Escape(dimension) + @"\s*\|\s*(\d\.\d)\s*\|", RegexOptions.IgnoreCase);
            var prose = Regex.Match(line, Regex.Escape(dimension) + @" (?:at|scores) (\d\.\d)", RegexOptions.IgnoreCase);
            foreach (var match in new[] { row, prose }.Where(x => x.Success))
            {
                add("score of " + dimension.ToLowerInvariant(), match.Groups[1].Value);
            }
        }

        if (metric is not null && line.Contains(metric, StringComparison.OrdinalIgnoreCase) && !line.TrimStart().StartsWith('|'))
        {
            foreach (Match m in SentenceTarget().Matches(line))
            {
                add("target of " + metric.ToLowerInvariant(), m.Groups[1].Value + "%");
            }

            // A target said in words is a target too: "to well under half of today's figure" is a cut of
            // more than 50 %, which no numeric target of 15-30 % agrees with.
            foreach (Match m in WordedTarget().Matches(line))
            {
                add("target of " + metric.ToLowerInvariant(), m.Groups[1].Success ? "over 50%" : "50%");
            }
        }
    }

    // Rows of tables with a Target column: KPI (first cell) to the target (its percentage).
    private static IEnumerable<(string Kpi, string Target)> TableTargets(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = Cells(lines[i]);
            var column = header.FindIndex(c => c.Equals("Target", StringComparison.OrdinalIgnoreCase));
            if (column < 0 || !lines[i + 1].TrimStart().StartsWith("|--", StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = i + 2; j < lines.Length && lines[j].TrimStart().StartsWith('|'); j++)
            {
                var cells = Cells(lines[j]);
                if (column < cells.Count && Percent().Match(cells[column]) is { Success: true } p)
                {
                    yield return (cells[0], p.Value);
                }
            }
        }
    }

    private static List<string> Cells(string line) =>
        line.Trim().StartsWith('|') ? [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())] : [];

    [GeneratedRegex(@"\s?\[S\d+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"baseline ([^=;\n]+?) = ")]
    private static partial Regex HeadlineMetric();

    [GeneratedRegex(@"\bthe ([a-z][a-z -]+?) (?:falls|must fall|will fall) (?:from|by)\b")]
    private static partial Regex FallingMetric();

    [GeneratedRegex(@"mapped (\d+) stakeholders|(\d+) stakeholders (?:were )?mapped")]
    private static partial Regex Stakeholders();

    // Engagement counts: "22 interviews", "4 workshops with process owners" (or "process leads", the name the run gives the role), "18 candidate use cases", "6 separate AI subscriptions", "19 initiatives".
    [GeneratedRegex(@"\b(\d+) (interviews|workshops with process (?:owners|leads)|candidate use cases|separate AI subscriptions|business-bought AI subscriptions|initiatives)\b")]
    private static partial Regex EngagementCount();

    // Counts stated after their noun: "collected in 4 workshops", "| AI tool subscriptions bought by business units | 6 |".
    [GeneratedRegex(@"(collected in|AI tool subscriptions bought by business units \|) (\d+)")]
    private static partial Regex CountAfter();

    [GeneratedRegex(@"(?:readiness score (?:of |is |= )|readiness stands at )(\d\.\d)|scores (\d\.\d) out of five")]
    private static partial Regex Readiness();

    [GeneratedRegex(@"obligations met = (\d+)|Of the obligations mapped, (\d+) are met")]
    private static partial Regex ObligationsMet();

    [GeneratedRegex(@"(?:peer median of |Peers of similar size average )(\d\.\d)")]
    private static partial Regex PeerMedian();

    [GeneratedRegex(@"programme budget of (\$[\d.]+[KM]?)|of the (\$[\d.]+[KM]?) programme budget")]
    private static partial Regex ProgrammeBudget();

    [GeneratedRegex(@"first wave (?:costs |at )(\$[\d.]+[KM]?)")]
    private static partial Regex FirstWave();

    [GeneratedRegex(@"(?:worth |valued at |save )(\$[\d.]+[KM]?) a year at full adoption")]
    private static partial Regex FullAdoption();

    [GeneratedRegex(@"(?:target of |targets an? |by at least |down )(\d+)%")]
    private static partial Regex SentenceTarget();

    [GeneratedRegex(@"\d+%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\bto (?:(well |far )?(?:under|below|less than) half|half) of (?:today's|its current|the current|the baseline)|\bhalves\b|\bcut in half\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordedTarget();

    [GeneratedRegex(@"(\d+%) of (?:the )?(?:[\w-]+ ){0,4}records(?: we sampled)? (?:need|lack|are missing|miss|were (?:incomplete|missing)|are (?:completed by hand|not usable)|now incomplete)|found (\d+%) of them incomplete|(?:covering|fills) the (\d+%) of records", RegexOptions.IgnoreCase)]
    private static partial Regex IncompleteRecords();

    [GeneratedRegex(@"(\d+%) of (?:the )?managers (?:we )?interviewed (?:could not name|did not know) who", RegexOptions.IgnoreCase)]
    private static partial Regex ManagersWithoutDecider();

    [GeneratedRegex(@"(\d+%) of staff (?:say they are unsure|were unsure|surveyed do not know) what AI use", RegexOptions.IgnoreCase)]
    private static partial Regex StaffUnsure();

    [GeneratedRegex(@"(\d+%) of (?:the )?(?:[\w-]+ ){0,3}fields", RegexOptions.IgnoreCase)]
    private static partial Regex FieldsShare();
}
