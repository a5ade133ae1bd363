using System.Globalization;

namespace NexusSim.Core.Gates;

/// <summary>
/// A figure as a deliverable states it, read back as a number: <c>$1.2M</c> is 1,200,000 give or
/// take 50,000 (half its last written digit), <c>18%</c> is 18 give or take 0.5, <c>2.4</c> is 2.4
/// give or take 0.05. The tolerance is what rounding for display can explain, and no more.
/// </summary>
internal sealed record StatedFigure(string Text, decimal Value, decimal HalfUnit, bool IsMoney, bool IsPercent)
{
    /// <summary>Reads a figure token (as <see cref="Figures.Find"/> returns it); null when it is not one.</summary>
    public static StatedFigure? Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = token.Trim();
        var isMoney = text.StartsWith('$');
        var body = isMoney ? text[1..] : text;
        var scale = 1m;
        var isPercent = false;
        if (body.EndsWith('%'))
        {
            isPercent = true;
            body = body[..^1];
        }
        else if (body.EndsWith("bn", StringComparison.Ordinal))
        {
            scale = 1_000_000_000m;
            body = body[..^2];
        }
        else if (body.Length > 0 && char.IsLetter(body[^1]))
        {
            scale = body[^1] switch
            {
                'K' => 1_000m,
                'M' => 1_000_000m,
                'B' => 1_000_000_000m,
                _ => 1m,
            };
            body = body[..^1];
        }

        body = body.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var point = body.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : body.Length - point - 1;
        var half = 0.5m * scale / Pow10(decimals);
        return new StatedFigure(text, number * scale, half, isMoney, isPercent);
    }

    /// <summary>The first figure of a text that reads back, or null; a minus sign right before it (<c>-$120K</c>) makes it negative.</summary>
    public static StatedFigure? First(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Figures.StripCitations(text);
        if (Figures.Find(stripped).Select(Read).FirstOrDefault(f => f is not null) is not { } figure)
        {
            return null;
        }

        var at = stripped.IndexOf(figure.Text, StringComparison.Ordinal);
        var negative = at > 0 && stripped[at - 1] is '-' or '\u2212';
        return negative ? figure with { Value = -figure.Value, Text = "-" + figure.Text } : figure;
    }

    /// <summary>True when <paramref name="value"/> lies within this figure's rounding, widened by <paramref name="slack"/>.</summary>
    public bool Admits(decimal value, decimal slack = 0m) => Math.Abs(value - Value) <= HalfUnit + slack + 0.000001m;

    /// <summary>The figure as written.</summary>
    public override string ToString() => Text;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
