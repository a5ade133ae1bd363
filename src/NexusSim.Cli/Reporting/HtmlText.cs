using System.Globalization;
using System.Net;

namespace NexusSim.Cli.Reporting;

/// <summary>Escaping and number formatting for the report: every text from a brief or a model goes through <see cref="E"/>.</summary>
internal static class HtmlText
{
    /// <summary>
    /// HTML-escapes text for an element or a quoted attribute. Control characters other than tab and line
    /// breaks (which HTML does not allow in a document, e.g. a BEL in a human's caveat) are dropped.
    /// </summary>
    public static string E(string? text) => WebUtility.HtmlEncode(WithoutControls(text ?? string.Empty));

    private static string WithoutControls(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r'))
            : text;

    /// <summary>An invariant number.</summary>
    public static string N(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>An invariant integer with thousands separators.</summary>
    public static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Dollars.</summary>
    public static string Usd(decimal value) => value.ToString("$#,0.00", CultureInfo.InvariantCulture);
}
