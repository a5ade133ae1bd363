using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The legal firm's memo lists its recommended steps as sentences, each with a verb: its Recommendation once
/// read "Third, a disclosure of AI use in care that Texas clinics can adopt as written.", a noun phrase
/// standing as a sentence after "We recommend four steps".
/// </summary>
public sealed partial class LegalStepsSentenceTests
{
    private static readonly Lazy<ShippedBriefRun> Legal = new(() => ShippedBriefRun.Load(
        Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml")));

    [Fact]
    public void Deliverables_SentenceOpeningOnAnOrdinal_IsNotABareNounPhrase()
    {
        var steps = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in Legal.Value.Run(seed))
            {
                foreach (Match step in Step().Matches(markdown))
                {
                    steps++;
                    Assert.False(
                        BareNounPhrase().IsMatch(step.Value),
                        $"seed {seed}, {deliverable}: '{step.Value.Trim()}' has no verb; write the step as an instruction ('Third, prepare a disclosure…').");
                }
            }
        }

        Assert.True(steps >= 40, $"Only {steps} sentences opened on an ordinal; the steps were not written.");
    }

    // A sentence (from its start, at a line start or after ". ") opening on an ordinal: "Third, …", "Then …", "Last, …".
    [GeneratedRegex(@"(?:^|(?<=[.!?\]] ))(?:First|Second|Third|Fourth|Fifth|Then|Last|Finally)\b[^.\n]*", RegexOptions.Multiline)]
    private static partial Regex Step();

    // The ordinal followed at once by an article: "Third, a disclosure of …", "Then a patient-facing disclosure …".
    [GeneratedRegex(@"^(?:First|Second|Third|Fourth|Fifth|Then|Last|Finally),? (?:a|an|the) ")]
    private static partial Regex BareNounPhrase();
}
