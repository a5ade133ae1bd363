using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The architecture's prose never counts more (or fewer) agents than the roles it lists: the Agent Topology
/// Blueprint's Agent Roles said the work was split across "4 narrow agents" (a seeded 3–5) while its roles
/// table, the components table ("Intake, case and checker roles") and the sequence diagram name three. The
/// roles are read from the runs' role rows and list items ("| Intake agent |", "- Intake agent:"), over
/// seeds 1–10 of the architecture brief; every stated count of agents must equal their number.
/// </summary>
public sealed partial class AgentCountTests
{
    [Fact]
    public void Compose_ArchitectureRuns_StateAsManyAgentsAsTheRolesTheyList()
    {
        var runs = ShippedBriefRun.Load("agents", "briefs/hospital-architecture.yaml").Runs(10);
        var texts = runs.SelectMany(r => r.Value.Select(d => (Run: r.Key, Deliverable: d.Key, Markdown: d.Value))).ToList();
        var roles = texts.SelectMany(t => t.Markdown.Split('\n'))
            .Select(l => RoleLine().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

        var wrong = texts.SelectMany(t => AgentCount().Matches(t.Markdown)
                .Select(m => (t.Run, t.Deliverable, Said: m.Value, Count: NumberReader.Count(m.Groups[1].Value)))
                .Where(c => c.Count != roles.Count))
            .Select(c => $"{c.Run} {c.Deliverable}: '{c.Said}'")
            .ToList();

        Assert.True(roles.Count >= 2, $"only {roles.Count} agent role(s) listed: {string.Join(", ", roles)}");
        Assert.True(wrong.Count == 0, $"{roles.Count} roles listed ({string.Join(", ", roles)}), yet:\n" + string.Join("\n", wrong));
    }

    // A role row or list item: "| Intake agent |" or "- Intake agent: ...".
    [GeneratedRegex(@"^(?:\|\s*|- )([A-Z][a-z]+) agent\s*(?:\||:)")]
    private static partial Regex RoleLine();

    // A count of agents in prose: "3 narrow agents", "three specialist agents", "4 agents".
    [GeneratedRegex(@"\b(\d+|two|three|four|five|six|seven)\s+(?:[a-z]+\s+)?agents\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentCount();
}
