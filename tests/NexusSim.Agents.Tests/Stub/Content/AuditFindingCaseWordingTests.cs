using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The insurer's internal audit "found no policy that covers agents acting on customers' claims", and the Policy
/// Suite and Compliance Map restated it as "no policy yet covers agents acting for customers; an agent acting for a
/// customer needs a rule of its own" and "agents acting on customers' behalf" (insurer-claims, seed 3): a claims agent
/// triages and settles the customer's claim for the insurer, it is not the customer's agent. Every statement of the
/// audit finding now speaks of agents acting on customers' cases, and no sentence of a governance run has an agent
/// acting for, or on behalf of, a customer.
/// </summary>
public sealed partial class AuditFindingCaseWordingTests
{
    [Fact]
    public void InsurerGovernanceRuns_SeedsOneToForty_AgentsActOnCustomersCasesNotForCustomers()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var findings = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    if (AuditFinding().IsMatch(sentence))
                    {
                        findings++;
                    }

                    Assert.False(ForCustomer().IsMatch(sentence), $"insurer-claims.yaml, seed {seed}, {deliverable}: an agent acting for a customer, not on the customer's case: {sentence}");
                }
            }
        }

        Assert.True(findings >= 60, $"insurer-claims.yaml: only {findings} statements of the audit finding in 40 seeds.");
    }

    [GeneratedRegex(@"\bno (?:current )?policy\b.*\binternal audit\b|\binternal audit\b.*\bno (?:current )?policy\b|\baudit finding\b.*\bno policy\b|\binternal audit reported a gap\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditFinding();

    [GeneratedRegex(@"\b(?:acting|act|acts) for (?:a |the )?customers?\b|\bon (?:a |the )?customers?'s? behalf\b|\bon behalf of (?:a |the )?customers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForCustomer();
}
