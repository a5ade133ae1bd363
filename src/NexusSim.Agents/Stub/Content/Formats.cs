using System.Globalization;

namespace NexusSim.Agents.Stub.Content;

/// <summary>How figures are written: invariant culture, thousands separators, compact money.</summary>
internal static class Formats
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + "%";

    public static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Money(decimal value)
    {
        var abs = Math.Abs(value);
        if (abs >= 1_000_000_000m)
        {
            return "$" + Trim(Math.Round(value / 1_000_000_000m, 1)) + "bn";
        }

        if (abs >= 1_000_000m)
        {
            return "$" + Trim(Math.Round(value / 1_000_000m, 1)) + "M";
        }

        if (abs >= 1_000m)
        {
            return "$" + Math.Round(value / 1_000m, 0).ToString("0", CultureInfo.InvariantCulture) + "K";
        }

        return "$" + Math.Round(value, 0).ToString("0", CultureInfo.InvariantCulture);
    }

    private static string Trim(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
