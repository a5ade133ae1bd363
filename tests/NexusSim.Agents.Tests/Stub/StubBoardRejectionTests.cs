using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// A whole engagement on the stub where the human rejects the first version put before them with a
/// reason: the author's rework reads the reason from its prompt and changes the version as asked,
/// so the next decision is on other content.
/// </summary>
public sealed class StubBoardRejectionTests
{
    [Fact]
    public async Task Engagement_BoardRejectsOnceAskingForACut_TheReworkCutsItAndTheNextVersionIsApproved()
    {
        var approver = new RejectFirst(version =>
        {
            var passage = SecondSentence(version.Markdown);
            return $"Cut \"{passage}\", the client has not agreed to it.";
        });

        var (harness, _) = await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions(), approver: approver);

        var rejected = approver.Shown[0];
        var next = approver.Shown[1];
        Assert.Equal(rejected.DeliverableId, next.DeliverableId);
        Assert.NotEqual(rejected.Version.ContentHash, next.Version.ContentHash);
        Assert.Contains(approver.Passage!, rejected.Version.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(approver.Passage!, next.Version.Markdown, StringComparison.Ordinal);
        var deliverable = harness.State.FindDeliverable(rejected.DeliverableId)!;
        Assert.Equal(next.Version.ContentHash, deliverable.Approval!.VersionHash);
        Assert.All(harness.State.Deliverables, d => Assert.Equal(DeliverableStatus.Released, d.Status));
    }

    [Fact]
    public async Task Engagement_BoardRejectsOnceNamingASection_TheReworkWritesThatSectionAgainAndKeepsTheOthers()
    {
        string? section = null;
        var approver = new RejectFirst(version =>
        {
            section = version.Markdown.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal))[3..];
            return $"The {section} section must say who owns the data residency decision.";
        });

        await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 42, new StubOptions(), approver: approver);

        var rejected = approver.Shown[0].Version.Markdown;
        var next = approver.Shown[1].Version.Markdown;
        Assert.NotEqual(rejected, next);
        Assert.NotEqual(SectionText(rejected, section!), SectionText(next, section!));
        var others = Headings(rejected).Where(h => h != section && h != "Sources").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, h => Assert.Equal(SectionText(rejected, h), SectionText(next, h)));
        Assert.DoesNotContain("data residency", next, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Headings(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);

    private static string SecondSentence(string markdown)
    {
        var line = markdown.Split('\n').First(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("Key facts", StringComparison.Ordinal) && l.Contains(". ", StringComparison.Ordinal));
        var start = line.IndexOf(". ", StringComparison.Ordinal) + 2;
        var end = line.IndexOf('.', start);
        return line[start..(end < 0 ? line.Length : end + 1)];
    }

    private static string SectionText(string markdown, string heading)
    {
        var start = markdown.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    // Rejects the first version it is shown with a reason written about that version; approves every later one.
    private sealed class RejectFirst(Func<DeliverableVersion, string> reasonFor) : IApprover
    {
        public string Name => "reject-first";

        public List<ApprovalRequest> Shown { get; } = [];

        public string? Passage { get; private set; }

        public Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
        {
            Shown.Add(request);
            if (Shown.Count > 1)
            {
                return Task.FromResult(new ApprovalDecision(true, "Board reviewed the reworked version.", request.Version.ContentHash));
            }

            var reason = reasonFor(request.Version);
            var open = reason.IndexOf('"', StringComparison.Ordinal);
            Passage = open < 0 ? null : reason[(open + 1)..reason.IndexOf('"', open + 1)];
            return Task.FromResult(new ApprovalDecision(false, reason, request.Version.ContentHash));
        }

        public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<EscalationDecision?>(null);
    }
}
