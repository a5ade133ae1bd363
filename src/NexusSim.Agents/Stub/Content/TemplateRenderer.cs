using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Expands a variant: <c>{~a|b|c~}</c> choice groups (one alternative drawn per group, first), then
/// <c>{name}</c> facts, <c>{kind:min-max}</c> figures keyed by what they state and recorded in the run's
/// fact base (see <see cref="SeededFigures"/>), and
/// <c>[@source]</c> citations numbered through the source registry.
/// </summary>
internal sealed partial class TemplateRenderer(IReadOnlyDictionary<string, string> sourceTexts)
{
    public IReadOnlyDictionary<string, string> SourceTexts { get; } = sourceTexts;

    public IReadOnlyList<string> Render(ContentVariant variant, RenderContext context)
    {
        var lines = new List<string>(variant.Lines.Count);
        for (var i = 0; i < variant.Lines.Count; i++)
        {
            lines.Add(RenderLine(variant.Lines[i], context, variant.FilePath, variant.FirstLine + i));
        }

        return lines;
    }

    public string RenderLine(string line, RenderContext context, string filePath, int lineNumber)
    {
        var chosen = Choice().Replace(line, m => Choose(m.Groups[1].Value, context));
        if (chosen.Contains(ChoiceOpen, StringComparison.Ordinal) || chosen.Contains(ChoiceClose, StringComparison.Ordinal))
        {
            throw new ContentLibraryException(filePath, lineNumber, $"A choice group is not closed, or is nested; write '{ChoiceOpen}one|another{ChoiceClose}' with no group inside a group.");
        }

        chosen = ArticleBeforePlaceholder().Replace(chosen, m => Article(m, context));
        chosen = !chosen.Contains("{region}", StringComparison.Ordinal) ? chosen : RegionAfterWord().Replace(chosen, m => m.Groups[1].Value is "the" or "The" ? m.Value : m.Groups[1].Value + " {" + RegionInSentence + "}");
        var text = Placeholder().Replace(chosen, m => StartsCell(chosen, m.Index) || StartsSentence(chosen, m.Index)
            ? UpperFirst(Expand(m, chosen, context, filePath, lineNumber))
            : Expand(m, chosen, context, filePath, lineNumber));
        text = SPossessive(text, chosen, context);
        return Citation().Replace(text, m => "[S" + Cite(m.Groups[1].Value, context, filePath, lineNumber).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
    }

    // A table cell starts with a capital whatever fills it ("| Loan origination |", not "| loan origination |").
    private static bool StartsCell(string line, int at)
    {
        if (!line.TrimStart().StartsWith('|'))
        {
            return false;
        }

        var bar = line.LastIndexOf('|', Math.Max(0, at - 1));
        return bar >= 0 && line.AsSpan(bar + 1, at - bar - 1).IsWhiteSpace();
    }

    // A placeholder that opens a sentence starts with a capital too ("Loan origination comes after", not "loan
    // origination comes after"): it opens the line, or follows a full stop, question or exclamation mark and a space
    // (not the stop of "e.g." or "i.e.").
    private static bool StartsSentence(string line, int at)
    {
        var before = line.AsSpan(0, at);
        var text = before.TrimEnd();
        return text.IsEmpty || (text.Length < before.Length && text[^1] is '.' or '?' or '!'
            && !text.EndsWith("e.g.", StringComparison.OrdinalIgnoreCase) && !text.EndsWith("i.e.", StringComparison.OrdinalIgnoreCase));
    }

    // "a {metric}" is "an average …" when the value opens on a vowel (a, e, i, o; "u" and "h" are left to the
    // template: "a unit", "a user", "an hour" read either way). A figure's article is put right later (NumberArticles).
    private static string Article(Match match, RenderContext context)
    {
        var value = match.Groups[3].Success ? null : Fact(match.Groups[2].Value, context);
        var wantsAn = value is { Length: > 0 } && "aeioAEIO".Contains(value[0], StringComparison.Ordinal);
        var isAn = match.Groups[1].Value.Length == 2;
        if (value is null || wantsAn == isAn)
        {
            return match.Value;
        }

        var article = wantsAn ? match.Groups[1].Value + "n" : match.Groups[1].Value[..1];
        return article + match.Value[match.Groups[1].Length..];
    }

    private static string UpperFirst(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>The most alternatives any choice group of <paramref name="lines"/> offers (1 when there is none).</summary>
    public static int MostAlternatives(IEnumerable<string> lines) =>
        lines.SelectMany(l => Choice().Matches(l)).Select(m => m.Groups[1].Value.Split('|').Length).DefaultIfEmpty(1).Max();

    public string DescribeSource(string key, RenderContext context, string filePath, int lineNumber)
    {
        if (!SourceTexts.TryGetValue(key, out var template))
        {
            throw new ContentLibraryException(filePath, lineNumber, $"Unknown source '[@{key}]'; declare it with '# source: {key}' and a 'text:' line.");
        }

        return Placeholder().Replace(template, m => Expand(m, template, context, filePath, lineNumber));
    }

    private int Cite(string key, RenderContext context, string filePath, int lineNumber) =>
        context.Sources.Cite(DescribeSource(key, context, filePath, lineNumber));

    private const string ChoiceOpen = "{~";
    private const string ChoiceClose = "~}";

    private static string Choose(string group, RenderContext context)
    {
        var alternatives = group.Split('|');
        return context.ChoiceIndex is { } index
            ? alternatives[Math.Min(index, alternatives.Length - 1)]
            : alternatives[(context.Choices ?? context.Random).Next(0, alternatives.Length)];
    }

    private static string Expand(Match match, string line, RenderContext context, string filePath, int lineNumber)
    {
        var name = match.Groups[1].Value;
        if (match.Groups[2].Success)
        {
            var min = double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var max = double.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (max < min)
            {
                throw new ContentLibraryException(filePath, lineNumber, $"Range in '{match.Value}' runs backwards.");
            }

            // A figure no word names is keyed by the template line that states it.
            var phrase = SeededFigures.Phrase(line, match.Index, match.Length) is { Length: > 0 } words
                ? words
                : Path.GetFileName(filePath) + ":" + lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var source = Citation().Match(line, match.Index) is { Success: true } cited ? cited.Groups[1].Value : "engagement";
            return Figure(name, min, max, context, phrase, source)
                ?? throw new ContentLibraryException(filePath, lineNumber, $"Unknown figure kind in '{match.Value}'; use pct, int, score, x, budgetpct, perhead or staff.");
        }

        // A possessive is formed on the name itself, not on a parenthesis that closes it.
        if (name == "client" && IsPossessive(line, match.Index + match.Length))
        {
            return BriefText.Possessor(context.Brief.Client);
        }

        return Fact(name, context)
            ?? throw new ContentLibraryException(filePath, lineNumber, $"Unknown placeholder '{match.Value}'.");
    }

    private static bool IsPossessive(string line, int after) =>
        line.AsSpan(after).StartsWith("'s", StringComparison.Ordinal) || line.AsSpan(after).StartsWith("\u2019s", StringComparison.Ordinal);

    // A name that ends in s takes the apostrophe alone ("Meridian Freight Lines' depots", not "Lines's"); put
    // right on the rendered text, so no figure's key depends on it.
    private static string SPossessive(string text, string template, RenderContext context)
    {
        if (!(template.Contains("{client}'s", StringComparison.Ordinal) || template.Contains("{client}\u2019s", StringComparison.Ordinal))
            || BriefText.Possessor(context.Brief.Client) is not { Length: > 0 } name || !name.EndsWith('s'))
        {
            return text;
        }

        return text.Replace(name + "'s", name + "'", StringComparison.Ordinal).Replace(name + "\u2019s", name + "\u2019", StringComparison.Ordinal);
    }

    private static string? Figure(string kind, double min, double max, RenderContext context, string phrase, string source)
    {
        if (kind is not ("pct" or "int" or "score" or "x" or "budgetpct" or "perhead" or "staff"))
        {
            return null;
        }

        // Keyed by what it states and recorded in the run's fact base (SeededFigures), not drawn from the section's generator.
        var value = (double)SeededFigures.Value(context, kind, min, max, phrase, source);
        return kind switch
        {
            "pct" => Formats.Percent((int)Math.Round(value)),
            "int" => Formats.Count((long)Math.Round(value)),
            "score" => Formats.OneDecimal(value),
            "x" => Formats.OneDecimal(value) + "x",
            "budgetpct" => Formats.Money(context.Brief.BudgetUsd * (decimal)value / 100m),
            "perhead" => Formats.Money(context.Brief.Headcount * (decimal)value),
            "staff" => Formats.Count(Math.Max(1L, (long)Math.Round(context.Brief.Headcount * value / 100.0))),
            _ => null,
        };
    }

    private static string? Fact(string name, RenderContext context)
    {
        var brief = context.Brief;
        var industry = context.Industry;
        return name switch
        {
            "client" => BriefText.Inline(brief.Client),
            "industry" => BriefText.Inline(brief.Industry),
            "industry_lc" => BriefText.LowerFirst(BriefText.Inline(brief.Industry)),
            "region" => BriefText.Inline(brief.Region),
            "jurisdiction" => BriefText.Jurisdiction(brief.Region),
            RegionInSentence => BriefText.InSentence(brief.Region),
            "headcount" => Formats.Count(brief.Headcount),
            "budget" => Formats.Money(brief.BudgetUsd),
            "situation" => BriefText.Inline(brief.Situation),
            "pilot" => BriefText.Inline(brief.StalledPilot),
            "constraint" => Constraint(brief, 0),
            "constraint2" => Constraint(brief, 1),
            "constraints" => brief.Constraints.Count == 0
                ? "no constraint beyond time and budget"
                : string.Join("; ", brief.Constraints.Select(BriefText.Inline)),
            "deliverable" => BriefText.Inline(context.DeliverableName),
            "service_line" => BriefText.Inline(context.ServiceLineName),
            "service_weeks" => context.ServiceLineWeeks > 0 ? Formats.Count(context.ServiceLineWeeks) + " weeks" : "the engagement's agreed weeks",
            "heading" => context.Heading,
            "heading_lc" => BriefText.LowerFirst(context.Heading),
            "process1" => Process(industry, 0),
            "process2" => Process(industry, 1),
            "process3" => Process(industry, 2),
            "metric" => industry.Metric,
            "metric_unit" => industry.Unit,
            "handler" => industry.Worker,
            "handlers" => industry.Workers,
            "exceptions" => industry.Exceptions,
            "threshold" => industry.Threshold,
            "customer" => industry.Customer,
            "customers" => industry.Customers,
            "regulation" => industry.Regulation,
            "benchmark" => industry.Benchmark,
            "readiness" => Formats.OneDecimal(context.Engagement.Readiness),
            "maturity" => context.Engagement.Maturity,
            "baseline" => Formats.Count(context.Engagement.Baseline),
            "term" => context.Term ?? "the agreed terms",
            "constraint_said" => context.Constraint ?? "the constraints agreed at intake",
            _ => context.Engagement.Find(name)?.Text,
        };
    }

    private static string Constraint(BriefFacts brief, int index) =>
        brief.Constraints.Count == 0
            ? "the time and budget agreed at intake"
            : BriefText.Inline(brief.Constraints[Math.Min(index, brief.Constraints.Count - 1)]);

    private static string Process(IndustryProfile industry, int index) =>
        industry.Processes.Count == 0 ? "core operations" : industry.Processes[index % industry.Processes.Count];

    // "{region}" after a word of the sentence ("in {region}", "In {region}"), not after "the" nor in a label
    // ("— {industry}, {region} —", "jurisdictions = {region}"), where the region stands as the brief wrote it.
    private const string RegionInSentence = "region_in_sentence";

    [GeneratedRegex(@"(?<![\p{L}\p{N}'])(\p{L}+) \{region\}")]
    private static partial Regex RegionAfterWord();

    [GeneratedRegex(@"\{([a-z_0-9]+)(?::(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?))?\}")]
    private static partial Regex Placeholder();

    // A whole-word article, one space, then a fact placeholder (group 3 matches only a figure's range).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])([Aa]n?) \{([a-z_0-9]+)(:\d[^}]*)?\}")]
    private static partial Regex ArticleBeforePlaceholder();

    [GeneratedRegex(@"\{~((?:(?!~\}|\{~).)*)~\}")]
    private static partial Regex Choice();

    [GeneratedRegex(@"\[@([a-z0-9-]+)\]")]
    private static partial Regex Citation();
}
