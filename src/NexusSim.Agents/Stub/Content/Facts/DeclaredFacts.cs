using System.Globalization;

namespace NexusSim.Agents.Stub.Content;

/// <summary>Reads and checks <c># fact:</c> blocks: a snake_case name, a whole-number <c>range: min-max</c> (with <c>of: &lt;fact&gt; [* or / n]</c>, a percentage of that fact) or a <c>sum:</c> of earlier facts, a known source.</summary>
internal static class DeclaredFacts
{
    public static DeclaredFact Read(ContentBlock block)
    {
        if (!block.Name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Fact name '{block.Name}' must be snake_case (a-z, 0-9, _), as templates write it: {{{block.Name}}}.");
        }

        var sum = block.Attribute("sum");
        if (sum.Length > 0)
        {
            var parts = sum.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (block.Attribute("range").Length > 0 || block.Attribute("of").Length > 0 || parts.Length < 2)
            {
                throw new ContentLibraryException(block.FilePath, block.Line, $"Fact '{block.Name}' takes either 'range: <min>-<max>' (with 'of: <fact>', a share of it) or 'sum: <fact>, <fact>[, ...]' (two or more declared facts), not both; got sum '{sum}'.");
            }

            return new DeclaredFact(block.Name, 0, 0, block.Attribute("source"), block.Attribute("says"), block.FilePath, block.Line) { Sum = parts };
        }

        if (block.Attribute("range").Length == 0)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Fact '{block.Name}' has neither 'range: <min>-<max>' (a count drawn once per engagement, or with 'of: <fact>' a percentage of that fact) nor 'sum: <fact>, <fact>' (the total of facts declared before it); add one.");
        }

        var range = block.Attribute("range").Split('-', 2, StringSplitOptions.TrimEntries);
        if (range.Length != 2
            || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || max < min)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Fact '{block.Name}' needs 'range: <min>-<max>' with whole numbers, min at most max; got '{block.Attribute("range")}'.");
        }

        var fact = new DeclaredFact(block.Name, min, max, block.Attribute("source"), block.Attribute("says"), block.FilePath, block.Line);
        var of = block.Attribute("of");
        return of.Length == 0 ? fact : Share(block, fact, of);
    }

    // "of: cases / 52" or "of: weekly_cases * 4" or "of: weekly_cases": the entry a share is taken of, and its multiplier.
    private static DeclaredFact Share(ContentBlock block, DeclaredFact fact, string of)
    {
        var parts = of.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var scale = 1m;
        var valid = parts.Length == 1
            || (parts.Length == 3 && parts[1] is "*" or "/"
                && decimal.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out scale) && scale > 0);
        if (!valid || !parts[0].All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Fact '{block.Name}' needs 'of: <fact>', 'of: <fact> * <n>' or 'of: <fact> / <n>' (a whole n above zero), the range then a percentage of it; got '{of}'.");
        }

        return fact with { Of = parts[0], Scale = parts.Length == 1 ? 1m : parts[1] == "*" ? scale : 1m / scale };
    }

    /// <summary>Every declared fact's source is a declared source.</summary>
    public static void Check(LibraryData data)
    {
        foreach (var fact in data.DeclaredFacts)
        {
            if (!data.Sources.ContainsKey(fact.Source))
            {
                throw new ContentLibraryException(fact.FilePath, fact.Line, $"Fact '{fact.Name}' cites unknown source '{fact.Source}'; declare it with '# source: {fact.Source}'.");
            }
        }
    }
}
