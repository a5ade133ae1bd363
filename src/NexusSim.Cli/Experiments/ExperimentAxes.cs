using System.Globalization;

namespace NexusSim.Cli.Experiments;

/// <summary>Parses the experiment's axes from option text: seed ranges, comma lists and variant definitions. Problems name the option.</summary>
internal static class ExperimentAxes
{
    /// <summary>At most this many seeds in one experiment (a typo like 1-10000000 would otherwise run for days).</summary>
    public const int MaxSeeds = 100_000;

    /// <summary>"1..200" (or "1-200"), "7", "1..3,9" → the seeds in the order given, without repeats.</summary>
    public static IReadOnlyList<ulong> Seeds(string text, string where, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var seeds = new List<ulong>();
        var seen = new HashSet<ulong>();
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

            if (!ok || to - from >= MaxSeeds || (ulong)seeds.Count + (to - from) >= MaxSeeds)
            {
                problems.Add($"{where}: '{given}' is not a seed or range of seeds; write e.g. 1..200 or 1,2,5 (non-negative whole numbers, a range written low..high with low <= high, at most {MaxSeeds} seeds).");
                continue;
            }

            for (var seed = from; ; seed++)
            {
                if (seen.Add(seed))
                {
                    seeds.Add(seed);
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
        if (items.Count == 0 && name != ExperimentVariant.BaselineName)
        {
            problems.Add($"{where}: variant '{name}' changes nothing; give overlay files or KEY=VALUE settings after '{name}=' (only '{ExperimentVariant.BaselineName}' may be empty).");
            return null;
        }

        return new ExperimentVariant(name, [.. items.Where(i => !i.Contains('=', StringComparison.Ordinal))], [.. items.Where(i => i.Contains('=', StringComparison.Ordinal))]);
    }

    /// <summary>Comma-separated, trimmed, empty items dropped.</summary>
    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
