using System.Globalization;
using System.Text;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>
/// Text from a brief, a manifest or a model on its way to the console: control characters (C0,
/// DEL, C1: terminal escapes included) and invisible bidi/format characters are shown as
/// <c>\u001B</c>-style escapes, and the text is written as plain text, never read as Spectre
/// markup or emoji codes (<c>:fire:</c> prints as written, <c>[red]</c> too).
/// </summary>
internal static class SafeText
{
    /// <summary>The text with every control or bidi/format character replaced by its visible <c>\uXXXX</c> escape; newlines too unless <paramref name="keepNewlines"/>.</summary>
    public static string Neutralise(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Any(c => NeedsEscape(c, keepNewlines)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c, keepNewlines))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The neutralised text as Spectre markup that shows as written, for the places that take markup only
    /// (a progress task's description, a selection prompt's choices): <c>[</c> and <c>]</c> escaped, and
    /// every <c>:</c> followed by an invisible WORD JOINER (U+2060), so no <c>:fire:</c> becomes an emoji.
    /// Spectre has no escape for emoji codes and replaces them in the text left once the style tags are
    /// read, so splitting the code with tags does not help.
    /// </summary>
    public static string AsMarkup(string? text) =>
        Markup.Escape(Neutralise(text)).Replace(":", ":" + WordJoiner, StringComparison.Ordinal);

    /// <summary>U+2060, zero width and invisible: what <see cref="AsMarkup"/> puts after a colon.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>A plain-text renderable of the neutralised text (no markup, no emoji codes).</summary>
    public static Text Plain(string? text, Style? style = null) => new(Neutralise(text), style ?? Style.Plain);

    /// <summary>A plain-text renderable that keeps line breaks (for multi-line content such as a deliverable preview).</summary>
    public static Text Block(string? text, Style? style = null) => new(Neutralise(text?.ReplaceLineEndings("\n"), keepNewlines: true), style ?? Style.Plain);

    /// <summary>Writes the neutralised text as plain text, without a line break.</summary>
    public static void WriteSafe(this IAnsiConsole console, string? text, Style? style = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(Plain(text, style));
    }

    /// <summary>The style of a line's "error:" (or "configuration error:", "FAIL") label.</summary>
    public static Style ErrorLabel { get; } = new(Color.Red);

    /// <summary>The style of a line's "warning:" (or "incomplete:", "awaiting approval:") label.</summary>
    public static Style WarningLabel { get; } = new(Color.Yellow);

    /// <summary>Writes the neutralised text as plain text, then a line break.</summary>
    public static void WriteSafeLine(this IAnsiConsole console, string? text, Style? style = null)
    {
        console.WriteSafe(text, style);
        console.WriteLine();
    }

    /// <summary>
    /// One line: <paramref name="label"/> in <paramref name="labelStyle"/>, a space, then <paramref name="text"/>,
    /// both neutralised plain text. A message quoting a path, an option's value or a manifest or brief value is
    /// never read as markup or emoji codes and never carries a terminal escape.
    /// </summary>
    public static void WriteLabelledLine(this IAnsiConsole console, string label, Style labelStyle, string? text)
    {
        console.WriteSafe(label, labelStyle);
        console.WriteSafeLine(" " + text);
    }

    /// <summary>"error: " and <paramref name="text"/>, as <see cref="WriteLabelledLine"/> writes it.</summary>
    public static void WriteErrorLine(this IAnsiConsole console, string? text) => console.WriteLabelledLine("error:", ErrorLabel, text);

    private static bool NeedsEscape(char c, bool keepNewlines) =>
        (char.IsControl(c) && !(keepNewlines && c == '\n'))
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c == '\uFEFF';
}
