using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Agent Topology Blueprint's Agent Roles opened "The design pairs a coordinator with specialist agents" above a
/// list of an intake agent, a case agent, a checker agent and a human reviewer, each taking the case from the one
/// before: the sequential pipeline Orchestration Patterns names for the first process (the coordinator serves the
/// second). Agent Roles names no coordinator unless it lists a coordinator's role, and the chain it lists is described
/// as a chain.
/// </summary>
public sealed partial class AgentRolesPatternTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToSixty_AgentRolesNameThePatternTheyList(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "agent_topology_blueprint");
        var chains = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var markdown = run.Run(seed, options)["agent_topology_blueprint"];
            var roles = Section().Match(markdown);
            Assert.True(roles.Success, $"{brief}, seed {seed}: no Agent Roles section");
            var text = roles.Groups[1].Value;
            if (!(text.Contains("Intake agent", StringComparison.Ordinal) && text.Contains("Checker agent", StringComparison.Ordinal)))
            {
                continue;
            }

            chains++;
            var listsCoordinator = text.Contains("Coordinator agent", StringComparison.OrdinalIgnoreCase);
            foreach (var sentence in ProseReader.Paragraphs(text).SelectMany(ProseReader.Sentences))
            {
                Assert.False(!listsCoordinator && Coordinator().IsMatch(sentence), $"{brief}, seed {seed}: Agent Roles lists a chain of intake, case and checker agents with no coordinator, yet says: {sentence}");
            }
        }

        Assert.True(chains >= 30, $"{brief}: only {chains} Agent Roles sections in 60 seeds list the intake, case and checker agents.");
    }

    [GeneratedRegex(@"^## Agent Roles\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();

    // "a coordinator", "the coordinator", "coordinator with specialists"; not a worker such as "a discharge coordinator".
    [GeneratedRegex(@"\b(?:a|the) coordinator\b|\bcoordinator (?:with|and) (?:its )?specialist", RegexOptions.IgnoreCase)]
    private static partial Regex Coordinator();
}
