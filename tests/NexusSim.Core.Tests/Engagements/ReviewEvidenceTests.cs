using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>The issue an evidence-less verdict records reads as one sentence naming its gate, wherever issues are written.</summary>
public sealed class ReviewEvidenceTests
{
    [Fact]
    public void Format_EvidenceLessVerdictIssue_OneSentenceNamingItsGate()
    {
        var line = GateIssueText.Format([ReviewEvidence.IssueAt("g1")]).TrimEnd('\n');

        Assert.Equal("- [review] No evidence was cited (name the sections or sources checked); at gate g1 a verdict without it counts as needs work.", line);
        Assert.Equal(ReviewEvidence.IssueAt("g1"), Assert.Single(GateIssueText.Parse(line)));
    }

    [Theory]
    [InlineData(null, "g1", false)]
    [InlineData(null, "g2", true)]
    [InlineData(CheckKind.Evidence, "g1", true)]
    public void IsMissingEvidence_LookAlikes_OnlyTheIssueRecordedAtThatGate(CheckKind? check, string gate, bool altered)
    {
        var recorded = ReviewEvidence.IssueAt(gate);
        var issue = new GateIssue(check, recorded.Message, recorded.Target);

        Assert.Equal(!altered, ReviewEvidence.IsMissingEvidence(issue, "g1"));
        Assert.False(ReviewEvidence.IsMissingEvidence(new GateIssue(null, ReviewEvidence.Problem, "g1"), "g1"));
    }
}
