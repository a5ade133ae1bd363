using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Training's Managers section joined two choice groups whose openings end in different grammar: "Approving use
/// cases and setting thresholds are the first two skills taught, and to read the weekly operations report for early
/// warning signs" (insurer brief, seed 5), and likewise "The workshop covers approving use cases and setting review
/// thresholds, and to read ...". An infinitive continuing the sentence (", and to read") needs a verb that takes one
/// ("They learn to approve ... and to set ..."); the section now gives the report its own clause after a semicolon.
/// </summary>
public sealed class ManagerTrainingClauseTests
{
    [Theory]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    [InlineData("retail-ops.yaml")]
    public void Training_SeedsOneToOneTwenty_AnInfinitiveContinuesOnlyAVerbThatTakesOne(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "training");
        var seen = 0;
        for (ulong seed = 1; seed <= 120; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var section = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Managers"));
                foreach (var sentence in ProseReader.Paragraphs(section).SelectMany(ProseReader.Sentences)
                             .Where(s => s.Contains("approv", StringComparison.OrdinalIgnoreCase) && s.Contains("threshold", StringComparison.Ordinal) && s.Contains("report", StringComparison.Ordinal)))
                {
                    seen++;
                    var to = sentence.IndexOf(", and to ", StringComparison.Ordinal);
                    Assert.True(to < 0 || sentence[..to].Contains("learn to ", StringComparison.Ordinal),
                        $"{brief}, seed {seed}, {deliverable}: ', and to' continues no verb that takes an infinitive: {sentence}");
                    Assert.DoesNotContain("skills taught, as well as", sentence, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(seen >= 30, $"{brief}: only {seen} manager sentences on approvals, thresholds and the report in 120 seeds.");
    }
}
