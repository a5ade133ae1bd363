using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Agent Topology Blueprint's Tool Registry says no more about approval than its own table does. Its table
/// grants "Update case status" (Write, status field only) to the case agent "after human approval", but
/// "Create service ticket" (Write, own queue only) to the checker with no approval, while the sentence under
/// it read "Only a handful of tools can write, each to one field or one queue, and each needs a person's
/// approval first" (hospital-architecture brief, seeds 3 and 5). A sentence of the section that says writing
/// needs a person's approval limits that to the systems of record, as the table and the human-in-the-loop flows
/// do, unless every write tool in the table is granted only after approval.
/// </summary>
public sealed class ToolRegistryApprovalTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ToolRegistry_SeedsOneToSixty_ApprovalClaimMatchesTheTable(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "agent_topology_blueprint");
        var (tables, claims) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, options)["agent_topology_blueprint"], "Tool Registry");
            var rows = TableReader.Rows(section);
            var writes = rows.Where(r => r.TryGetValue("Scope", out var scope) && scope.StartsWith("Write", StringComparison.OrdinalIgnoreCase)).ToList();
            if (writes.Count == 0)
            {
                continue;
            }

            tables++;
            var unapproved = writes.Where(r => !r["Agents granted"].Contains("approval", StringComparison.OrdinalIgnoreCase)).Select(r => r["Tool"]).ToList();
            var prose = string.Join('\n', section.Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences)
                .Where(s => s.Contains("write", StringComparison.OrdinalIgnoreCase) && s.Contains("approv", StringComparison.OrdinalIgnoreCase)))
            {
                claims++;
                Assert.True(unapproved.Count == 0 || sentence.Contains("system of record", StringComparison.OrdinalIgnoreCase) || sentence.Contains("systems of record", StringComparison.OrdinalIgnoreCase),
                    $"{brief}, seed {seed}, agent_topology_blueprint, Tool Registry: the table grants {string.Join(", ", unapproved)} with no approval, but the section says: {sentence}");
            }
        }

        Assert.True(tables >= 20, $"{brief}: only {tables} Tool Registry tables with write tools in 60 seeds.");
        Assert.True(claims >= 3, $"{brief}: only {claims} Tool Registry sentences about approving writes in 60 seeds.");
    }
}
