using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>Only a turn that has the brief in its own context can name a client a blind draft left unnamed.</summary>
public sealed class ContextGapTests
{
    private const string Unnamed = "# Readiness Report: the client\n\nPrepared for the client.\n\n## Findings\n\nText.\n";
    private const string Title = "Readiness Report: the client";

    private static readonly Dictionary<string, string> Brief = new(StringComparer.Ordinal) { ["client"] = "Harbor Mutual" };

    [Fact]
    public void RewritesFromBrief_BriefInContextAndAReviewNoteOnTheTitle_True()
    {
        Assert.True(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "The deliverable does not name the client.", Title)), Unnamed));
    }

    [Fact]
    public void RewritesFromBrief_BriefCutFromTheAuthorsContext_False()
    {
        Assert.False(ContextGap.RewritesFromBrief(Request(new Dictionary<string, string>(), new FeedbackItem(FeedbackItem.Review, "The deliverable does not name the client.", Title)), Unnamed));
    }

    [Fact]
    public void RewritesFromBrief_NoNoteOnTheTitle_False()
    {
        Assert.False(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Voice, "Banned phrase", "paradigm shift")), Unnamed));
    }

    [Fact]
    public void RewritesFromBrief_TitleNamesTheClient_False()
    {
        const string named = "# Readiness Report: Harbor Mutual\n\n## Findings\n\nText.\n";

        Assert.False(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "Check the title.", "Readiness Report: Harbor Mutual")), named));
    }

    [Fact]
    public void Add_BriefCutAndTitleUnnamed_RecordsTheUnnamedClientOnce()
    {
        var request = Request(new Dictionary<string, string>());
        var draft = new Draft(Unnamed, [ContextGap.Unnamed(Title)]);

        var defects = ContextGap.Add(request, 7, draft);

        Assert.Single(defects, d => d.Kind == DefectKind.UnnamedClient && d.Target == Title);
    }

    [Fact]
    public void Add_BriefInContext_RecordsNothingNew()
    {
        var draft = new Draft(Unnamed, []);

        Assert.Empty(ContextGap.Add(Request(Brief), 7, draft));
    }

    private static StubRequest Request(IReadOnlyDictionary<string, string> brief, params FeedbackItem[] feedback) => new(
        new TaskCard { Turn = "t1", Actor = "soren", Task = "rework", Mode = "edit", ServiceLine = "readiness_assessment", DeliverableId = "readiness_report", Deliverable = "Readiness Report" },
        brief, Unnamed, feedback, [], [], []);
}
