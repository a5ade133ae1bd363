using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Documents;

/// <summary>
/// <c>deliverables/&lt;id&gt;.caveats.md</c>: written beside a deliverable's .md only when its final version carries
/// caveats an escalation accepted. The .md itself stays the approved text byte for byte (summary.json's
/// <c>final_hash</c> and the audit name its hash), so the caveats are said here, in the .docx's title page, and
/// in summary.json's <c>caveats</c>, all from the version's waivers.
/// </summary>
internal static class CaveatsFile
{
    /// <summary>The suffix that replaces a deliverable's ".md" for its caveats file.</summary>
    public const string Suffix = ".caveats.md";

    /// <summary>The block's heading when the version with caveats was released to the client.</summary>
    public const string ReleasedHeading = "Released with caveats";

    /// <summary>The block's heading when the version with caveats was not (or not yet) released: internal, or stopped.</summary>
    public const string AcceptedHeading = "Accepted with caveats";

    /// <summary>The block's heading when the human rejected the version after an escalation accepted it with caveats: it stopped unreleased.</summary>
    public const string RejectedHeading = "Accepted with caveats, then rejected";

    /// <summary>What the block says under its heading, unless the human then rejected the version.</summary>
    public const string AcceptedNote = "An escalation accepted this version with the caveats below; each names the escalation and who accepted it.";

    // Markdown punctuation that could make a caveat's text into markup (raw HTML, links, emphasis, code, tables).
    private const string Markup = "\\`*_[]<>&|#!~";

    /// <summary>Released when the current version is the released one; rejected when the human's last word on it was a rejection; accepted otherwise.</summary>
    public static string Heading(DeliverableState deliverable)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        return Heading(deliverable.Current is { } current && deliverable.ReleasedHash == current.ContentHash, Rejection(deliverable) is not null);
    }

    /// <summary>The block's heading for a final version that was released, or rejected by the human, or neither.</summary>
    public static string Heading(bool released, bool rejected = false) => released ? ReleasedHeading : rejected ? RejectedHeading : AcceptedHeading;

    /// <summary>
    /// What the block says under its heading: who accepted the caveats and, when the human then rejected the
    /// version, who did and why, and that it was not released (the human's reason as written: escape it for the format).
    /// </summary>
    public static string Note(DeliverableState deliverable)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        return Rejection(deliverable) is { } rejection
            ? $"An escalation accepted this version with the caveats below (each names the escalation and who accepted it); {rejection.Approver} then rejected it: {Sentence(rejection.Reason)} It was not released to the client."
            : AcceptedNote;
    }

    // A reason as a sentence of the note: ended by a stop unless it ends in one already.
    private static string Sentence(string reason)
    {
        var text = reason.Trim();
        return text.Length == 0 ? "no reason given." : ".!?".Contains(text[^1], StringComparison.Ordinal) ? text : text + ".";
    }

    // The human's rejection of the current version, when that is the last word on it (status rejected).
    private static ApprovalRecord? Rejection(DeliverableState deliverable) =>
        deliverable.Status == DeliverableStatus.Rejected ? deliverable.Approval : null;

    /// <summary>The caveats file beside <paramref name="markdownPath"/> (deliverables/x.md → deliverables/x.caveats.md).</summary>
    public static string PathBeside(string markdownPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdownPath);
        return Path.ChangeExtension(markdownPath, null) + Suffix;
    }

    /// <summary>Writes the caveats file beside <paramref name="markdownPath"/> when the current version has caveats; otherwise writes nothing.</summary>
    public static async Task WriteBesideAsync(string markdownPath, DeliverableState deliverable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        if (deliverable.CurrentWaivers.Count == 0)
        {
            return;
        }

        await File.WriteAllTextAsync(PathBeside(markdownPath), Render(deliverable, Path.GetFileName(markdownPath)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The file's text: what the caveats apply to, then one list item per caveat, each as summary.json states it (Markdown-escaped).</summary>
    public static string Render(DeliverableState deliverable, string markdownFileName)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(markdownFileName);
        var current = deliverable.Current ?? throw new ArgumentException("The deliverable has no version.", nameof(deliverable));
        var heading = Heading(deliverable);
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(deliverable.Type.Name)).Append(": ").AppendLine(heading.ToLowerInvariant()).AppendLine();
        var what = string.Create(CultureInfo.InvariantCulture, $"Version {current.Number} of `{markdownFileName}` (content hash `{current.ContentHash}`, summary.json's `final_hash`)");
        text.AppendLine(Rejection(deliverable) is { } rejection
            ? $"{what} was accepted with the caveats below, each by an escalation (its id, then who accepted it); {Escape(rejection.Approver)} then rejected it: {Escape(Sentence(rejection.Reason))} It was not released to the client. `{markdownFileName}` is that version's text unchanged; its .docx shows these caveats on its title page."
            : $"{what} was {(heading == ReleasedHeading ? "released" : "accepted")} with the caveats below, each accepted by an escalation (its id, then who accepted it). `{markdownFileName}` is the {(heading == ReleasedHeading ? "approved" : "accepted")} text unchanged; its .docx shows these caveats on its title page.");
        text.AppendLine();
        foreach (var waiver in deliverable.CurrentWaivers)
        {
            text.Append("- ").AppendLine(Escape(waiver.Line));
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as one line of literal Markdown text: line breaks (also U+2028, U+2029) and tabs become spaces, other
    /// control characters and unpaired surrogates are dropped, and Markdown punctuation is backslash-escaped.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // Unpaired: no UTF-8 file can hold it (writing it would throw).
                continue;
            }
            else if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029')
            {
                text.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else
            {
                if (Markup.Contains(c, StringComparison.Ordinal))
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }
}
