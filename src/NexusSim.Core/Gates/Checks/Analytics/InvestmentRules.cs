using System.Buffers;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// An investment table (columns Investment and a Benefit per year) states figures derived from
/// them, and those must follow: payback in months is 12 × investment ÷ annual benefit; NPV over
/// the years its column names ("NPV over three years") is −investment plus the benefit at the end of
/// each year discounted at the rate the section states ("discounted at 10%", "a 10% discount rate");
/// IRR is the rate at which that NPV is zero. A figure is wrong only when no rounding of the stated
/// inputs can produce it.
/// </summary>
internal static class InvestmentRules
{
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static IEnumerable<GateIssue> Check(DocumentSection section)
    {
        var rate = DiscountRate(section.Lines);
        foreach (var table in MarkdownTable.FindAll(section.Lines, section.HeadingLine + 1))
        {
            var investment = table.Column("investment");
            var benefit = table.Column("benefit", "saving");
            if (investment < 0 || benefit < 0)
            {
                continue;
            }

            var npv = table.Column("NPV");
            var years = npv >= 0 ? Years(table.Header[npv]) : null;
            var irr = table.Column("IRR");
            var payback = table.Column("payback");
            foreach (var row in table.Rows)
            {
                if (MarkdownTable.Figure(row, investment) is not { } i || MarkdownTable.Figure(row, benefit) is not { } b || b.Value <= b.HalfUnit)
                {
                    continue;
                }

                var (iLow, iHigh) = (i.Value - i.HalfUnit, i.Value + i.HalfUnit);
                var (bLow, bHigh) = (b.Value - b.HalfUnit, b.Value + b.HalfUnit);
                var label = row.Cells[0];
                if (MarkdownTable.Figure(row, payback) is { } months
                    && !Within(months, 12m * iLow / bHigh, 12m * iHigh / bLow))
                {
                    yield return Issue($"Payback {months} in row '{label}' does not follow from investment {i} and annual benefit {b} (about {Round(12m * i.Value / b.Value)} months)", row);
                }

                if (rate is { } r && years is { } n && MarkdownTable.Figure(row, npv) is { } stated
                    && !Within(stated, Npv(iHigh, bLow, r, n), Npv(iLow, bHigh, r, n)))
                {
                    yield return Issue($"NPV {stated} in row '{label}' does not follow from investment {i}, annual benefit {b}, {n} years at {Round(r * 100m)}% (about {Money(Npv(i.Value, b.Value, r, n))})", row);
                }

                if (years is { } y && MarkdownTable.Figure(row, irr) is { IsPercent: true } statedIrr
                    && !Within(statedIrr, 100m * Irr(iHigh, bLow, y), 100m * Irr(iLow, bHigh, y)))
                {
                    yield return Issue($"IRR {statedIrr} in row '{label}' does not follow from investment {i} and annual benefit {b} over {y} years (about {Round(100m * Irr(i.Value, b.Value, y))}%)", row);
                }
            }
        }
    }

    /// <summary>−investment plus the annual benefit at the end of each of <paramref name="years"/> years, discounted.</summary>
    public static decimal Npv(decimal investment, decimal benefit, decimal rate, int years)
    {
        var total = -investment;
        var factor = 1m;
        for (var t = 1; t <= years; t++)
        {
            factor /= 1m + rate;
            total += benefit * factor;
        }

        return total;
    }

    /// <summary>The rate at which <see cref="Npv"/> is zero, by bisection between −99% and 1,000%.</summary>
    public static decimal Irr(decimal investment, decimal benefit, int years)
    {
        var (low, high) = (-0.99m, 10m);
        for (var step = 0; step < 100; step++)
        {
            var mid = (low + high) / 2m;
            if (Npv(investment, benefit, mid, years) > 0m)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2m;
    }

    private static bool Within(StatedFigure stated, decimal low, decimal high) =>
        stated.Value + stated.HalfUnit >= Math.Min(low, high) - 0.000001m && stated.Value - stated.HalfUnit <= Math.Max(low, high) + 0.000001m;

    // Searched with SearchValues: with invariant globalization an OrdinalIgnoreCase Contains runs a
    // character at a time, about 30 times slower over a section's lines.
    private static readonly SearchValues<string> Discount = SearchValues.Create(["discount"], StringComparison.OrdinalIgnoreCase);

    private static decimal? DiscountRate(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var at = line.AsSpan().IndexOfAny(Discount);
            if (at < 0)
            {
                continue;
            }

            var window = line.Substring(Math.Max(0, at - 40), Math.Min(line.Length - Math.Max(0, at - 40), 80));
            if (Figures.Find(Figures.StripCitations(window)).Select(StatedFigure.Read).FirstOrDefault(f => f is { IsPercent: true }) is { } percent)
            {
                return percent.Value / 100m;
            }
        }

        return null;
    }

    private static int? Years(string header)
    {
        var words = header.ToLowerInvariant().Split([' ', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k + 1 < words.Length; k++)
        {
            if (words[k + 1].StartsWith("year", StringComparison.Ordinal))
            {
                if (int.TryParse(words[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 50)
                {
                    return n;
                }

                var index = Array.IndexOf(Numbers, words[k]);
                if (index > 0)
                {
                    return index;
                }
            }
        }

        return null;
    }

    private static GateIssue Issue(string message, MarkdownTable.Row row) => new(CheckKind.Analytics, message, row.Text);

    private static string Round(decimal value) => Math.Round(value, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "$" + Math.Round(value / 1000m, 0).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "K";
}
