namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Which of an industry's processes a brief names, so the processes a draft discusses
/// (<c>{process1}</c>, <c>{process2}</c>, <c>{process3}</c>) follow the client's own situation rather than
/// the order of the industry's list. Only the library's own process names are used (a process is named
/// when its words occur as whole words in the brief's situation, then its stalled pilot, hyphens counting
/// as spaces); the brief's text never becomes a process name, so nothing it says reaches a draft this way.
/// </summary>
internal static class BriefProcesses
{
    /// <summary>The processes of <paramref name="processes"/> that <paramref name="brief"/> names, in the order it first names them (situation, then stalled pilot).</summary>
    public static IReadOnlyList<string> Named(IReadOnlyList<string> processes, BriefFacts brief)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(brief);
        var named = new List<string>(processes.Count);
        foreach (var text in new[] { brief.Situation, brief.StalledPilot })
        {
            var words = " " + SectionMatcher.Key(text ?? string.Empty) + " ";
            named.AddRange(processes
                .Where(p => SectionMatcher.Key(p).Length > 0 && !named.Contains(p, StringComparer.Ordinal))
                .Select(p => (Process: p, At: words.IndexOf(" " + SectionMatcher.Key(p) + " ", StringComparison.Ordinal)))
                .Where(p => p.At >= 0)
                .OrderBy(p => p.At)
                .Select(p => p.Process)
                .ToList());
        }

        return named;
    }

    /// <summary>
    /// <paramref name="processes"/> for <paramref name="brief"/>: the first stays first (the industry's
    /// headline metric is measured in it, and its baseline is cited to that process's system export), then
    /// the others the brief names, in the order it names them, then the rest in library order.
    /// </summary>
    public static IReadOnlyList<string> Order(IReadOnlyList<string> processes, BriefFacts brief)
    {
        if (processes.Count < 3)
        {
            return processes;
        }

        var named = Named(processes, brief).Where(p => !string.Equals(p, processes[0], StringComparison.Ordinal)).ToList();
        return named.Count == 0 ? processes : [processes[0], .. named, .. processes.Skip(1).Where(p => !named.Contains(p, StringComparer.Ordinal))];
    }
}
