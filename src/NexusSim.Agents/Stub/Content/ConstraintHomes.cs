namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Where a draft's constraint notes go: each constraint to a body section whose heading holds one of its
/// topic's heading words, and at most one note to a section (two or three notes under one heading read as
/// a pile of caveats, not as the section's argument), so no constraint is said twice in a draft either.
/// The first constraint of every topic is placed before the second of any, so a draft addresses as many
/// kinds of constraint as it has room for; each takes the first fitting section still free, and when none
/// is, a note placed earlier moves to another section that fits it if that frees one, so as many
/// constraints as possible are placed. A constraint left without a section is left to the deliverables
/// that have room for it.
/// </summary>
internal static class ConstraintHomes
{
    /// <summary>The items whose home is <paramref name="heading"/> in a draft with <paramref name="headings"/>, in their order.</summary>
    public static IReadOnlyList<(T Item, ConstraintTopic Topic)> At<T>(
        IReadOnlyList<(T Item, ConstraintTopic Topic)> items, IReadOnlyList<string> headings, string heading)
    {
        var homes = Assign([.. items.Select(i => i.Topic)], headings);
        var target = DraftDocument.Normalize(heading);
        return [.. items.Where((_, i) => homes[i] == target)];
    }

    /// <summary>The home of each item of <paramref name="topics"/> (a normalized heading), or null when none is left for it.</summary>
    public static IReadOnlyList<string?> Assign(IReadOnlyList<ConstraintTopic> topics, IReadOnlyList<string> headings)
    {
        var keyed = headings.Select(h => (Name: DraftDocument.Normalize(h), Words: " " + SectionMatcher.Key(h) + " ")).ToList();
        var fitting = topics
            .Select(t => keyed.Where(h => t.HeadingKeys.Any(w => h.Words.Contains(w, StringComparison.Ordinal))).Select(h => h.Name).Distinct().ToList())
            .ToList();
        var holder = new Dictionary<string, int>(StringComparer.Ordinal);
        var home = new string?[topics.Count];
        foreach (var item in Order(topics))
        {
            if (fitting[item].FirstOrDefault(h => !holder.ContainsKey(h)) is { } free)
            {
                Place(item, free);
                continue;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var taken in fitting[item])
            {
                if (visited.Add(taken) && Move(holder[taken], visited))
                {
                    Place(item, taken);
                    break;
                }
            }
        }

        return home;

        void Place(int item, string heading)
        {
            holder[heading] = item;
            home[item] = heading;
        }

        // Moves the item to another section that fits it, free or freed by moving its holder in turn; each
        // section is tried once per search, so the search ends.
        bool Move(int item, HashSet<string> visited)
        {
            foreach (var heading in fitting[item])
            {
                if (visited.Add(heading) && (!holder.TryGetValue(heading, out var other) || Move(other, visited)))
                {
                    Place(item, heading);
                    return true;
                }
            }

            return false;
        }
    }

    // The first constraint of each topic, in brief order, then the second of each, and so on.
    private static IEnumerable<int> Order(IReadOnlyList<ConstraintTopic> topics) =>
        Enumerable.Range(0, topics.Count)
            .OrderBy(i => topics.Take(i).Count(t => ReferenceEquals(t, topics[i])))
            .ThenBy(i => i);
}
