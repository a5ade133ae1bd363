using System.Globalization;

namespace NexusSim.Cli.Experiments;

/// <summary>Parses the experiment's axes from option text: seed ranges, comma lists and variant definitions. Problems name the option.</summary>
internal static class ExperimentAxes
{
    /// <summary>At most this many seeds in one experiment (a typo like 1-10000000 would otherwise run for days).</summary>
    public const int MaxSeeds = 100_000;

    // Seeds written, repeats included, that one --seeds value may walk through.
    private const ulong MaxWalked = 10UL * MaxSeeds;

    /// <summary>
    /// "1..200" (or "1-200"), "7", "1..3,9" → the seeds in the order given; a repeated seed counts once
    /// (results are per seed). An empty item ("1,,2") and more than <see cref="MaxSeeds"/> seeds are problems.
    /// </summary>
    public static IReadOnlyList<ulong> Seeds(string text, string where, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var seeds = new List<ulong>();
        var seen = new HashSet<ulong>();
        var walked = 0UL;
        if (EmptyItem(text, where, "1,2,5 or 1..3,9") is { } empty)
        {
            problems.Add(empty);
            return seeds;
        }

        foreach (var given in List(text))
        {
            var part = given.Replace("..", "-", StringComparison.Ordinal);
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var ok = ulong.TryParse(dash < 0 ? part : part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from);
            var to = from;
            if (ok && dash >= 0)
            {
                ok = ulong.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out to) && to >= from;
            }

            if (!ok)
            {
                problems.Add($"{where}: '{given}' is not a seed or range of seeds; write e.g. 1..200 or 1,2,5 (non-negative whole numbers, a range written low..high with low <= high).");
                continue;
            }

            // Bounds the work too: no range longer than the cap is walked, nor more than MaxWalked seeds in all.
            if (to - from >= MaxSeeds)
            {
                problems.Add(TooMany(text, where));
                return seeds;
            }

            walked += to - from + 1;
            if (walked > MaxWalked)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}: '{text}' writes more than {MaxWalked:#,0} seeds, repeats included; write each seed once (at most {MaxSeeds:#,0} seeds)."));
                return seeds;
            }

            for (var seed = from; ; seed++)
            {
                if (seen.Add(seed))
                {
                    seeds.Add(seed);
                    if (seeds.Count > MaxSeeds)
                    {
                        problems.Add(TooMany(text, where));
                        return seeds;
                    }
                }

                if (seed == to)
                {
                    break;
                }
            }
        }

        if (seeds.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{where}: no seeds given; write e.g. 1..200.");
        }

        return seeds;
    }

    private static string TooMany(string text, string where) => string.Create(CultureInfo.InvariantCulture,
        $"{where}: '{text}' gives more than {MaxSeeds:#,0} seeds; an experiment runs at most {MaxSeeds:#,0} seeds: give fewer (e.g. 1..{MaxSeeds}) and run the rest into another --out folder.");

    /// <summary>"NAME=ITEM[,ITEM...]": each ITEM with '=' is a governance setting (KEY=VALUE), any other an overlay file.</summary>
    public static ExperimentVariant? Variant(string text, string where, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? text.Trim() : text[..equals].Trim();
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            problems.Add($"{where}: '{text}' has no usable variant name; write NAME=overlay.yaml or NAME=gates=off (letters, digits, '_', '-', '.').");
            return null;
        }

        var items = equals < 0 ? [] : List(text[(equals + 1)..]);
        if (items.Count > 0 && name == ExperimentVariant.BaselineName)
        {
            // summary.md measures every paired difference against the baseline: it must be the manifest as given.
            problems.Add($"{where}: '{text}' changes the variant named '{name}', but '{name}' is the comparison cell: the manifest as given, with no overlay or setting; pick another name for this variant (e.g. ungoverned={text[(equals + 1)..].Trim()}).");
            return null;
        }

        if (items.Count == 0 && name != ExperimentVariant.BaselineName)
        {
            problems.Add($"{where}: variant '{name}' changes nothing; give overlay files or KEY=VALUE settings after '{name}=' (only '{ExperimentVariant.BaselineName}' may be empty).");
            return null;
        }

        // A list value inline (grant.escalate.add=a,b) is cut at its comma: 'b' would be read as an overlay file.
        for (var i = 1; i < items.Count; i++)
        {
            if (!items[i].Contains('=', StringComparison.Ordinal) && !File.Exists(items[i])
                && items[i - 1].Split('=', 2)[0].Split('.') is ["grant", var action, "add" or "remove"] && items[i - 1].Contains('=', StringComparison.Ordinal))
            {
                var key = items[i - 1].Split('=', 2)[0];
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}: item {i + 1} of '{text}', '{items[i]}', follows {items[i - 1]}: a variant's items are cut at commas, so a list of actors cannot be written inline. Write one setting per actor ({items[i - 1]},{key}={items[i]}) or put the grant in an overlay file (grant: {{ {action}: {{ {key.Split('.')[2]}: [...] }} }})."));
                return null;
            }
        }

        // An item's errors name the variant and the item's place in it, as written (overlay files counted too):
        // "--variant ungoverned, item 2", or in a file "FILE:LINE: variants.ungoverned, item 2".
        var subject = where.EndsWith("." + name, StringComparison.Ordinal) ? where : $"{where} {name}";
        var numbered = items.Select((item, i) => (Item: item, Label: string.Create(CultureInfo.InvariantCulture, $"{subject}, item {i + 1}"))).ToList();
        return new ExperimentVariant(name, [.. items.Where(i => !i.Contains('=', StringComparison.Ordinal))], [.. items.Where(i => i.Contains('=', StringComparison.Ordinal))])
        {
            SetLabels = [.. numbered.Where(n => n.Item.Contains('=', StringComparison.Ordinal)).Select(n => n.Label)],
        };
    }

    /// <summary>Comma-separated, trimmed, empty items dropped.</summary>
    /// <summary>The problem of a comma list with an empty item ("chain,,broadcast", a trailing comma), or null.</summary>
    public static string? EmptyItem(string text, string where, string example)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        return text.Trim().Length > 0 && Array.FindIndex(items, i => i.Length == 0) is var empty and >= 0
            ? $"{where}: item {empty + 1} of '{text}' is empty; remove the extra comma (write e.g. {example})."
            : null;
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
