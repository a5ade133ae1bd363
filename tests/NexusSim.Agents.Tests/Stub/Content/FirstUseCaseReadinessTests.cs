using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// An assessment rates a use case's readiness on three things, "an owner, a measured baseline and a team willing to
/// work with an agent", and finds that the first use case's process (the one the stalled pilot targeted) has its
/// baseline but no named owner yet. Yet every ranked table of the engagement rated agent-assisted loan origination
/// High on readiness (5 of 5 where scored), the Readiness Report's Opportunities table alike, and the heat map's
/// Readiness could say "loan origination is the most ready" (the default brief, seed 1). No table of an assessment
/// run rates the first use case High (or above 3 of 5) on readiness, and no sentence calls its process the most ready.
/// </summary>
public sealed partial class FirstUseCaseReadinessTests
{
    [Theory]
    [InlineData("default.yaml")]
    [InlineData("hospital-architecture.yaml")]
    [InlineData("retail-ops.yaml")]
    public void AssessmentRun_SeedsOneToForty_TheFirstUseCaseIsNotRatedHighOnReadiness(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "use_case_heat_map");
        var (ratings, scores, unnamed, sentences) = (0, 0, 0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, options);
            string? process = null;
            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var row in TableReader.AllRows(markdown).Where(r => r.TryGetValue("Readiness", out _) && r.TryGetValue("Use case", out var u) && u.StartsWith("Agent-assisted ", StringComparison.Ordinal)))
                {
                    process ??= row["Use case"]["Agent-assisted ".Length..];
                    var readiness = row["Readiness"];
                    if (int.TryParse(readiness, NumberStyles.None, CultureInfo.InvariantCulture, out var score))
                    {
                        scores++;
                        Assert.True(score <= 3, $"{brief}, seed {seed}, {deliverable}: the first use case has no named owner, yet it scores {score} of 5 on readiness: {row["Use case"]}");
                    }
                    else
                    {
                        ratings++;
                        Assert.False(readiness == "High", $"{brief}, seed {seed}, {deliverable}: the first use case has no named owner, yet it is rated High on readiness: {row["Use case"]}");
                    }
                }
            }

            Assert.False(process is null, $"{brief}, seed {seed}: no table of the run rates agent-assisted work on readiness");
            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => s.Contains(process!, StringComparison.OrdinalIgnoreCase)))
                {
                    if (Unnamed().IsMatch(sentence))
                    {
                        unnamed++;
                    }

                    if (Readiness().IsMatch(sentence))
                    {
                        sentences++;
                        Assert.False(MostReady().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: {process} has no named owner yet, and its readiness is not the highest: {sentence}");
                    }
                }
            }
        }

        Assert.True(ratings >= 40, $"{brief}: only {ratings} High/Medium/Low readiness ratings of the first use case in 40 seeds.");
        Assert.True(scores >= 3, $"{brief}: only {scores} readiness scores of the first use case in 40 seeds.");
        Assert.True(unnamed >= 20, $"{brief}: only {unnamed} sentences in 40 seeds say the first process's owner is still to be named.");
        Assert.True(sentences >= 10, $"{brief}: only {sentences} sentences in 40 seeds speak of the first process's readiness.");
    }

    [GeneratedRegex(@"\bown(?:er|ership)\b[^.;]*\b(?:still to be named|not (?:yet )?named|yet to be named)\b|\bno (?:named )?owner\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"\bready\b|\breadiness\b", RegexOptions.IgnoreCase)]
    private static partial Regex Readiness();

    [GeneratedRegex(@"\bmost ready\b|\breadiness (?:is )?(?:highest|peaks)\b|\bhighest (?:on )?readiness\b|\breadiness peaks\b", RegexOptions.IgnoreCase)]
    private static partial Regex MostReady();
}
