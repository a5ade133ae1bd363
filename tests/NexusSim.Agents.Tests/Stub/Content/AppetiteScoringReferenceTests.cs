using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Risk Taxonomy's Appetite Thresholds said "Any residual score above 13 out of 25 escalates to the AI risk
/// committee, as it does in the risk scoring" when its Scoring section gave only the one-to-five scales and no line at
/// 13 (the insurer brief, seed 1), and "The general threshold is 14 out of 25, as in the risk scoring; above it, the AI
/// risk committee decides; for prompt injection and data leakage the line is lower, at 6" joined three clauses with two
/// semicolons. A Risk Taxonomy sentence that points to the risk scoring for a figure finds that figure in Scoring, and no
/// sentence of it has two semicolons.
/// </summary>
public sealed partial class AppetiteScoringReferenceTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToSixty_AppetiteThresholdsPointOnlyToWhatScoringSays(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "risk_taxonomy");
        var lines = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var markdown = run.Run(seed, options)["risk_taxonomy"];
            var scoring = Section("Scoring").Match(markdown).Groups[1].Value;
            var appetite = Section("Appetite Thresholds").Match(markdown).Groups[1].Value;
            foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
            {
                Assert.False(sentence.Count(c => c == ';') > 1, $"{brief}, seed {seed}: a sentence with two semicolons: {sentence}");
            }

            foreach (var sentence in ProseReader.Paragraphs(appetite).SelectMany(ProseReader.Sentences))
            {
                var line = OutOf25().Match(sentence);
                if (!line.Success)
                {
                    continue;
                }

                lines++;
                Assert.False(
                    ScoringReference().IsMatch(sentence) && !Regex.IsMatch(scoring, $@"\b{Regex.Escape(line.Groups[1].Value)}\b"),
                    $"{brief}, seed {seed}: Appetite Thresholds points to the risk scoring for {line.Value}, which Scoring does not state: {sentence}");
            }
        }

        Assert.True(lines >= 20, $"{brief}: only {lines} Appetite Thresholds sentences in 60 seeds state the line out of 25.");
    }

    private static Regex Section(string heading) => new($@"^## {Regex.Escape(heading)}\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline);

    [GeneratedRegex(@"\b(\d+) out of 25\b")]
    private static partial Regex OutOf25();

    [GeneratedRegex(@"\b(?:risk )?scoring\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoringReference();
}
