using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>The issue an evidence-less verdict records reads as one sentence with its gate after it, wherever issues are written.</summary>
public sealed class ReviewEvidenceTests
{
    [Fact]
    public void Format_EvidenceLessVerdictIssue_OneSentenceEndingWithItsGate()
    {
        var line = GateIssueText.Format([new GateIssue(null, ReviewEvidence.Problem, "g1")]).TrimEnd('\n');

        Assert.DoesNotContain(".:", line, StringComparison.Ordinal);
        Assert.EndsWith("counts as needs work at gate: \"g1\"", line, StringComparison.Ordinal);
        Assert.Equal(ReviewEvidence.Problem, Assert.Single(GateIssueText.Parse(line)).Message);
    }
}
