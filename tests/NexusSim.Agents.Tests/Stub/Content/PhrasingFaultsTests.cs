using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Sentences a client reading the insurer's and the retailer's deliverables stopped at: "rework moving from
/// 69% to 81%" (the share closed without rework rose; rework fell), "gives the cause rather than in a
/// footnote" (no verb for the tail), and "each change to a role stays a proposal until it is done" (the
/// change, or the consultation?); and in the hospital's architecture deliverables, "When a person sees an agent's
/// work is set by the ... control flows" (read as a clause until "is set") and "Agents negotiating among
/// themselves, a third pattern, was ruled out" (plural subject, singular verb). Every deliverable of every
/// service line, each shipped brief, seeds 1-10.
/// </summary>
public sealed partial class PhrasingFaultsTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_EveryDeliverable_HasNoneOfTheSentenceFaultsAClientMet(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (id, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                var fault = Fault().Match(markdown);
                Assert.False(fault.Success, $"{briefPath} seed {seed}, {id}: '{fault.Value}'");
            }
        }
    }

    [GeneratedRegex(@"\brework (moving|share going) from|cause rather than in a footnote|a role (stays a proposal|until) [^.]*until it is done|sees an agent's work is set\b|agents negotiating among themselves, a third pattern, was", RegexOptions.IgnoreCase)]
    private static partial Regex Fault();
}
