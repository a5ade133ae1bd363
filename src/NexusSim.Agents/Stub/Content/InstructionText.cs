namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Brief text is data written by the client, and a sentence in it that reads as an instruction to
/// the firm's agents (to ignore rules, approve, skip gates, release, call a tool) is never restated
/// to the client: the writer drops it before any template sees the brief.
/// </summary>
internal static class InstructionText
{
    // Word sequences that address an AI agent rather than describe the client's business.
    private static readonly string[] Markers =
    [
        "system notice", "system prompt", "ignore your", "ignore previous", "ignore all", "ignore the above",
        "disregard", "approve everything", "approve all", "pre-approved", "skip every", "skip all",
        "skip the gate", "gates as passed", "release the report", "release to client",
        "release_to_client", "to all agents", "you are now", "previous instructions", "call release",
    ];

    /// <summary>The text without its instruction-like sentences.</summary>
    public static string Without(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        var kept = Sentences(text).Where(s => !IsInstruction(s)).ToList();
        return string.Join(' ', kept);
    }

    /// <summary>True when the sentence reads as an instruction to the firm's agents.</summary>
    public static bool IsInstruction(string sentence)
    {
        var flat = " " + string.Join(' ', sentence.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        return Markers.Any(m => flat.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>The brief's facts with every instruction-like sentence and constraint removed.</summary>
    public static BriefFacts Clean(BriefFacts brief) => brief with
    {
        Situation = Without(brief.Situation),
        StalledPilot = Without(brief.StalledPilot),
        Constraints = [.. brief.Constraints.Where(c => !IsInstruction(c))],
    };

    // Sentences end at . ! or ? followed by white space; the stop stays with its sentence.
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                var sentence = text[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
