using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Agent Topology Blueprint's Tool Registry joined three clauses with two semicolons in one sentence: "It holds
/// 12 registered tools; the five that discharge planning needs are listed here; the rest are scoped the same way"
/// (the hospital brief); Human-in-the-Loop Control Flows did the same with its three kinds of action ("Reading data
/// needs no approval; drafting needs a sample review of 9% of cases; a person approves each write ..."), and a
/// constraint note put a semicolon after a brief's constraint that holds one ("(clinicians sign every discharge pack;
/// nothing goes to a patient unsigned); the agent prepares and people decide"). No sentence of an architecture run has
/// more than one semicolon.
/// </summary>
public sealed class SentenceSemicolonTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_NoSentenceHasTwoSemicolons(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "agent_topology_blueprint");
        var joined = 0;
        var failures = new List<string>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => s.Contains(';', StringComparison.Ordinal)))
                {
                    joined++;
                    if (sentence.Count(c => c == ';') > 1)
                    {
                        failures.Add($"seed {seed}, {deliverable}: {sentence}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{brief}: {failures.Count} sentences with two semicolons or more:\n" + string.Join("\n", failures.Distinct().Take(40)));
        Assert.True(joined >= 100, $"{brief}: only {joined} sentences with a semicolon in 40 seeds.");
    }
}
