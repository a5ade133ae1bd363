using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>Only a turn that has the brief in its own context can name a client a blind draft left unnamed, or redo a figure it guessed.</summary>
public sealed class ContextGapTests
{
    private const string Unnamed = "# Readiness Report: the client\n\nPrepared for the client.\n\n## Findings\n\nText.\n";
    private const string Title = "Readiness Report: the client";

    private static readonly Dictionary<string, string> Brief = new(StringComparer.Ordinal) { ["client"] = "Harbor Mutual" };

    [Fact]
    public void RewritesFromBrief_BriefInContextAndAReviewNoteOnTheTitle_True()
    {
        Assert.True(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "The deliverable does not name the client.", Title)), Unnamed, []));
    }

    [Fact]
    public void RewritesFromBrief_BriefCutFromTheAuthorsContext_False()
    {
        Assert.False(ContextGap.RewritesFromBrief(Request(new Dictionary<string, string>(), new FeedbackItem(FeedbackItem.Review, "The deliverable does not name the client.", Title)), Unnamed, []));
    }

    [Fact]
    public void RewritesFromBrief_NoNoteOnTheTitle_False()
    {
        Assert.False(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Voice, "Banned phrase", "paradigm shift")), Unnamed, []));
    }

    [Fact]
    public void RewritesFromBrief_TitleNamesTheClient_False()
    {
        const string named = "# Readiness Report: Harbor Mutual\n\n## Findings\n\nText.\n";

        Assert.False(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "Check the title.", "Readiness Report: Harbor Mutual")), named, []));
    }

    [Fact]
    public void RewritesFromBrief_BriefInContextAndAReviewNoteQuotingAGuessedFigure_True()
    {
        var guessed = new PlantedDefect(DefectKind.GuessedFigure, "$1.2M", "guessed");

        Assert.True(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "This figure rests on guessed facts.", "$1.2M")), Unnamed, [guessed]));
        Assert.False(ContextGap.RewritesFromBrief(Request(new Dictionary<string, string>(), new FeedbackItem(FeedbackItem.Review, "This figure rests on guessed facts.", "$1.2M")), Unnamed, [guessed]));
        // A note on a figure the author did not guess is a repair, not a rewrite.
        Assert.False(ContextGap.RewritesFromBrief(Request(Brief, new FeedbackItem(FeedbackItem.Review, "Check this figure.", "$3.4M")), Unnamed, [guessed]));
    }

    [Fact]
    public void AddGuessedFigures_BriefCut_RecordsEachMoneyOrLongCountStatedButTheHeadcountAndShortFigures()
    {
        var facts = new FactBase();
        facts.Add(new Fact(FactNames.Headcount, 2300, "2,300", FactOrigin.Brief, "brief", "the brief's headcount", []));
        facts.Add(new Fact("cases", 11_500, "11,500", FactOrigin.Engagement, "systems", "annual case volume", []));
        facts.Add(new Fact("unit_saving", 31, "$31", FactOrigin.Benchmark, "benchmark", "saving per case", []));
        facts.Add(new Fact("dim_data", 2.1m, "2.1", FactOrigin.Engagement, "scoring", "data score", []));
        facts.Add(new Fact("baseline", 14, "14", FactOrigin.Engagement, "systems", "baseline", []));
        facts.Add(new Fact("unstated", 987_654, "987,654", FactOrigin.Engagement, "systems", "never written", []));
        var draft = new Draft("# Report: the client\n\nStaff: 2,300. Volume 11,500 cases at $31 each; data scores 2.1 against a baseline of 14.\n", []);

        var blind = ContextGap.AddGuessedFigures(Request(new Dictionary<string, string>()), facts, draft);
        var seeing = ContextGap.AddGuessedFigures(Request(Brief), facts, draft);

        Assert.Equal(["11,500", "$31"], blind.Defects.Where(d => d.Kind == DefectKind.GuessedFigure).Select(d => d.Target));
        Assert.Same(draft, seeing);
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
