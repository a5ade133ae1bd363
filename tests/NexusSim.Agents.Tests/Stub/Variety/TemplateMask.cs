using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// A sentence's template: the sentence with its figures and the client's names masked, written for
/// the test from what a reader would call "the same sentence with other numbers". Masked, in order:
/// the client's name and region (whole phrases, case-insensitive, then each capitalised word of the
/// client's name longer than three letters), money (<c>$1.2M</c>, <c>$350K</c>, <c>$2,500,000</c>),
/// percentages, multipliers (<c>2.5x</c>), and any other number (with separators and decimals).
/// </summary>
internal sealed partial class TemplateMask
{
    private readonly IReadOnlyList<string> _names;

    /// <summary>A mask for a client called <paramref name="client"/> in <paramref name="region"/>.</summary>
    public TemplateMask(string client, string region)
    {
        var whole = new[] { client, region, Parenthesis().Replace(client, string.Empty).Trim() };
        var words = client.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', ',', '.'))
            .Where(w => w.Length > 3 && char.IsUpper(w[0]));
        _names = [.. whole.Concat(words).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length)];
    }

    /// <summary>The template of <paramref name="sentence"/>.</summary>
    public string Apply(string sentence)
    {
        var text = sentence;
        foreach (var name in _names)
        {
            text = Regex.Replace(text, Regex.Escape(name) + "(?:'s)?", "<name>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        text = Money().Replace(text, "<money>");
        text = Percent().Replace(text, "<pct>");
        text = Multiple().Replace(text, "<x>");
        return Number().Replace(text, "<n>");
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion)\b|[KMB]\b)?")]
    private static partial Regex Money();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|pp\b|percentage points\b)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?x\b")]
    private static partial Regex Multiple();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();
}
