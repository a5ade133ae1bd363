using System.Globalization;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// The content tests' one reader of a count a sentence states (written for the tests; it reads neither prompts/content
/// nor the stub's code): digits ("6", "1,204") or a word from zero to twenty, in any case.
/// </summary>
public static class NumberReader
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>The count <paramref name="said"/> states, or -1 when it is neither digits nor a number word (so a test's comparison fails loudly).</summary>
    public static int Count(string said) =>
        int.TryParse(said, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var digits)
            ? digits
            : Array.FindIndex(Words, w => w.Equals(said.Trim(), StringComparison.OrdinalIgnoreCase));
}
