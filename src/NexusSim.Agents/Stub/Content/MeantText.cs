namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// What the author meant to write, put back by a repair: the author knows the clean draft, so a sentence
/// added only to carry a defect goes and a sentence the author wrote reads as written.
/// </summary>
internal static class MeantText
{
    /// <summary>Cuts what came in with <paramref name="phrase"/> that the clean draft never had: a sentence added to the end of a paragraph, or a paragraph of its own at a section's end.</summary>
    public static void CutUnmeant(DraftDocument document, DraftDocument clean, string phrase)
    {
        foreach (var section in document.Body)
        {
            if (clean.Find(section.Heading) is not { } meant)
            {
                continue;
            }

            var lines = section.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                // A sentence added to the end of a paragraph the author wrote: the paragraph is put back as written.
                if (i < meant.Lines.Count && lines[i] != meant.Lines[i] && PhraseFinder.Contains(lines[i], phrase)
                    && lines[i].StartsWith(meant.Lines[i].TrimEnd() + " ", StringComparison.Ordinal)
                    && PhraseFinder.Contains(lines[i][meant.Lines[i].TrimEnd().Length..], phrase))
                {
                    lines[i] = meant.Lines[i];
                }
            }

            // A sentence added as a paragraph of its own goes, with the blank line that set it apart. Other lines of the
            // section may have been edited since, so the test is that the clean section never had it and has fewer paragraphs.
            var added = lines.FindLastIndex(l => l.Length > 0 && PhraseFinder.Contains(l, phrase) && !meant.Lines.Contains(l, StringComparer.Ordinal));
            if (added > 0 && lines[added - 1].Length == 0 && Paragraphs(meant.Lines) < Paragraphs(lines))
            {
                lines.RemoveRange(added - 1, 2);
            }
        }
    }

    private static int Paragraphs(IEnumerable<string> lines) => lines.Count(l => l.Length > 0);

    /// <summary>The term back in a sentence the author wrote reads as the author wrote it ("the overall readiness score", not the glossary's "Readiness score").</summary>
    public static void KeepMeantCase(DraftDocument document, DraftDocument clean)
    {
        foreach (var section in document.Body)
        {
            if (clean.Find(section.Heading) is not { } meant || meant.Lines.Count != section.Lines.Count)
            {
                continue;
            }

            for (var i = 0; i < section.Lines.Count; i++)
            {
                if (section.Lines[i] != meant.Lines[i] && string.Equals(section.Lines[i], meant.Lines[i], StringComparison.OrdinalIgnoreCase))
                {
                    section.Lines[i] = meant.Lines[i];
                }
            }
        }
    }
}
