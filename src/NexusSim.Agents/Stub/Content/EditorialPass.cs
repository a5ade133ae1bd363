using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// An edit step with no gate feedback (integration, format): reconciles the Key facts line with
/// the brief and with the deliverables already released (the earliest released value wins),
/// replaces banned phrases with the firm's alternatives, and restores the structure (stray heading
/// levels, required sections out of order). Returns what it changed, one short entry per kind of
/// change, and what it found but could not fix (a missing section needs its author).
/// </summary>
internal sealed class EditorialPass(LibraryData data)
{
    // Built once per library, not once per line and phrase: building a pattern costs far more than matching it.
    private readonly Regex[] _bannedPatterns = [.. data.BannedPhrases.Select(phrase => new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(phrase) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    // Whether a line holds any banned phrase, in one pass (the same boundaries and options as the patterns
    // above, so it matches exactly where one of them does); most lines hold none, and each pattern's own run
    // (with its timeout clock) is paid only on a line that does. Null when the library bans nothing.
    // Compiled: it runs on every line of every draft twice, and interpreted it was a tenth of the stub's time;
    // it is built once per library.
    private readonly Regex? _anyBanned = data.BannedPhrases.Count == 0
        ? null
        : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", data.BannedPhrases.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public EditResult Edit(string markdown, IReadOnlyList<ReleasedFacts> released, IReadOnlyDictionary<string, string> brief, IReadOnlyList<string> requiredSections)
    {
        var changes = new List<string>();
        var findings = new List<string>();
        var document = DraftDocument.Parse(FixHeadingLevels(markdown, requiredSections, changes));
        Reconcile(document, released, brief, changes);
        ReplaceBanned(document, changes, findings);
        Reorder(document, requiredSections, changes, findings);
        return new EditResult(document, changes, findings);
    }

    private static void Reconcile(DraftDocument document, IReadOnlyList<ReleasedFacts> released, IReadOnlyDictionary<string, string> brief, List<string> changes)
    {
        var index = KeyFactsText.Find(document.Front);
        if (index < 0)
        {
            return;
        }

        foreach (var (name, value) in KeyFactsText.Read(document.Front[index]))
        {
            var (established, from) = Established(name, released, brief);
            if (established is not null && !SameValue(established, value))
            {
                document.Front[index] = KeyFactsText.Set(document.Front[index], name, established);
                changes.Add($"reconciled '{name}' {value} → {established} with {from}");
            }
        }
    }

    // The brief's own value of a fact named like a brief field, else the earliest released deliverable's.
    private static (string? Value, string From) Established(string name, IReadOnlyList<ReleasedFacts> released, IReadOnlyDictionary<string, string> brief)
    {
        if (brief.TryGetValue(name.Replace(' ', '_'), out var given) && long.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (number.ToString("N0", CultureInfo.InvariantCulture), "the brief");
        }

        foreach (var deliverable in released)
        {
            var match = KeyFactsText.Read(deliverable.KeyFacts).FirstOrDefault(p => p.Name == name);
            if (match.Name is not null)
            {
                return (match.Value, deliverable.Name);
            }
        }

        return (null, string.Empty);
    }

    private static bool SameValue(string a, string b) =>
        string.Equals(a.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), b.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), StringComparison.OrdinalIgnoreCase);

    private void ReplaceBanned(DraftDocument document, List<string> changes, List<string> findings)
    {
        var replaced = 0;
        var cut = 0;
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var lines in document.Sections.Where(s => !s.IsSources).Select(s => s.Lines).Prepend(document.Front))
        {
            cut += CutUnsupportedFiller(lines);
            for (var i = 0; i < lines.Count; i++)
            {
                if (!HoldsBanned(lines[i]))
                {
                    continue;
                }

                for (var p = 0; p < _bannedPatterns.Length; p++)
                {
                    var phrase = data.BannedPhrases[p];
                    var pattern = _bannedPatterns[p];
                    if (!pattern.IsMatch(lines[i]))
                    {
                        continue;
                    }

                    if (!data.Rewrites.TryGetValue(phrase.ToLowerInvariant(), out var rewrite))
                    {
                        kept.Add(phrase);
                        continue;
                    }

                    lines[i] = pattern.Replace(lines[i], m =>
                    {
                        replaced++;
                        return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(rewrite[0]) + rewrite[1..] : rewrite;
                    });
                }
            }
        }

        if (cut > 0)
        {
            changes.Add(cut == 1 ? "cut 1 unsourced sentence built on a banned phrase" : $"cut {cut} unsourced sentences built on banned phrases");
        }

        if (replaced > 0)
        {
            changes.Add(replaced == 1 ? "replaced 1 banned phrase with the firm's alternative" : $"replaced {replaced} banned phrases with the firm's alternatives");
        }

        findings.AddRange(kept.Select(p => $"banned phrase '{p}' has no alternative in the firm's library; the author must reword it"));
    }

    private bool HoldsBanned(string text) => _anyBanned?.IsMatch(text) == true;

    // A sentence that cites nothing and leans on a banned phrase is padding, not a claim: an editor cuts it rather
    // than polishing it (a sentence with a source keeps its claim and has the phrase rewritten below).
    private int CutUnsupportedFiller(List<string> lines)
    {
        var cut = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!HoldsBanned(lines[i]))
            {
                continue;
            }

            var line = lines[i];
            foreach (var span in TextSpans.Find([line]).Reverse())
            {
                var text = span.Of([line]);
                if (span.IsTableRow || NumberTokens.Citations(text).Count > 0 || !HoldsBanned(text))
                {
                    continue;
                }

                line = (line[..span.Start].TrimEnd() + " " + line[(span.Start + span.Length)..].TrimStart()).Trim();
                cut++;
            }

            if (line.Length > 0 || lines[i].Length == 0)
            {
                lines[i] = line;
                continue;
            }

            // The sentence was a paragraph of its own: it goes with the blank line that set it apart.
            lines.RemoveAt(i);
            if (i > 0 && lines[i - 1].Length == 0)
            {
                lines.RemoveAt(i - 1);
                i--;
            }
        }

        return cut;
    }

    // "# Heading" or "### Heading" for a required section becomes "## Heading" (the first "# " line stays the title).
    private static string FixHeadingLevels(string markdown, IReadOnlyList<string> required, List<string> changes)
    {
        var wanted = required.Select(DraftDocument.Normalize).Append(DraftDocument.Normalize(DraftDocument.SourcesHeading)).ToHashSet(StringComparer.Ordinal);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var titleSeen = false;
        var fixedCount = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var level = lines[i].TakeWhile(c => c == '#').Count();
            if (level == 0 || level > 6 || lines[i].Length <= level || lines[i][level] != ' ')
            {
                continue;
            }

            if (level == 1 && !titleSeen)
            {
                titleSeen = true;
                continue;
            }

            var heading = lines[i][(level + 1)..].Trim();
            if (level != 2 && wanted.Contains(DraftDocument.Normalize(heading)))
            {
                lines[i] = "## " + heading;
                fixedCount++;
            }
        }

        if (fixedCount > 0)
        {
            changes.Add(fixedCount == 1 ? "set 1 required section heading to level 2" : $"set {fixedCount} required section headings to level 2");
        }

        return string.Join('\n', lines);
    }

    private static void Reorder(DraftDocument document, IReadOnlyList<string> required, List<string> changes, List<string> findings)
    {
        var order = DraftComposer.BodyHeadings(required).Select(DraftDocument.Normalize).ToList();
        findings.AddRange(order.Where(h => document.Find(h) is null)
            .Select(h => $"required section '{required.First(r => DraftDocument.Normalize(r) == h)}' is missing; the author must write it"));
        var rank = (DraftSection s) => s.IsSources ? int.MaxValue : order.IndexOf(s.Normalized) is var i and >= 0 ? i : int.MaxValue - 1;
        var sorted = document.Sections.Select((s, i) => (s, i)).OrderBy(p => rank(p.s)).ThenBy(p => p.i).Select(p => p.s).ToList();
        if (!sorted.SequenceEqual(document.Sections))
        {
            document.Sections.Clear();
            document.Sections.AddRange(sorted);
            changes.Add("put the required sections in the deliverable type's order");
        }
    }
}
