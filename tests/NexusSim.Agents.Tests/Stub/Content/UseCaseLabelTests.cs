using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The heat map's table named the leading use cases "Exception triage in KYC and onboarding" and "Drafting in dispute
/// handling", while the bullets that introduced them, in the same run, said "Exception handling in KYC and onboarding",
/// "Summaries and letters in dispute handling" or "Case preparation in loan origination" (default brief): a client
/// cannot tell whether a bullet and a row are one use case or two. Every bullet of an assessment run that opens with a
/// use case of one of the three leading processes names it as the run's ranked tables do.
/// </summary>
public sealed partial class UseCaseLabelTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_BulletsNameTheLeadingUseCasesAsTheTablesDo(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "use_case_heat_map");
        var labels = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, options);
            var leading = deliverables.Values
                .SelectMany(TableReader.AllRows)
                .Where(r => r.TryGetValue("Rank", out var rank) && rank is "1" or "2" or "3" && r.ContainsKey("Use case"))
                .Select(r => r["Use case"])
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.True(leading.Count == 3, $"{brief}, seed {seed}: the ranked tables name {leading.Count} leading use cases: {string.Join("; ", leading)}");
            var processes = leading.Select(Process).ToList();
            // The stakeholder map's bullets name groups of people in a process ("Senior specialists in ..."), not use cases.
            foreach (var (deliverable, markdown) in deliverables.Where(d => d.Key != "stakeholder_map"))
            {
                foreach (Match bullet in Bullet().Matches(markdown))
                {
                    var label = bullet.Groups["label"].Value.Trim();
                    var index = processes.FindIndex(p => label.EndsWith(" " + p, StringComparison.Ordinal));
                    if (index < 0)
                    {
                        continue;
                    }

                    labels++;
                    Assert.True(label == leading[index], $"{brief}, seed {seed}, {deliverable}: a bullet names '{label}' where the ranked tables name '{leading[index]}': {bullet.Value.Trim()}");
                }
            }
        }

        Assert.True(labels >= 50, $"{brief}: only {labels} bullets naming a leading use case in 40 seeds.");
    }

    // The process a use-case name is about: what follows "in", or the words after "Agent-assisted".
    private static string Process(string useCase)
    {
        var at = useCase.LastIndexOf(" in ", StringComparison.Ordinal);
        return at >= 0 ? useCase[(at + 4)..] : useCase[(useCase.IndexOf(' ', StringComparison.Ordinal) + 1)..];
    }

    [GeneratedRegex(@"^- (?<label>[A-Z][^:,\[\n]*)(?:[:,]| \[)", RegexOptions.Multiline)]
    private static partial Regex Bullet();
}
