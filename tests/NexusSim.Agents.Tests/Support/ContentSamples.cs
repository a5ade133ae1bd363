using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Sample briefs, glossaries and requests for the content-library tests.</summary>
internal static class ContentSamples
{
    public static readonly string PromptsDirectory = Path.Combine(AppContext.BaseDirectory, "prompts");

    private static readonly Lazy<ContentLibrary> Shared = new(() => ContentLibrary.Load(PromptsDirectory));

    public static ContentLibrary Library => Shared.Value;

    public static BriefFacts Insurer { get; } = new(
        "Harbor Mutual",
        "Insurance",
        "Northern Europe",
        4200,
        "Claims volumes grew 30% in two years. Leadership wants faster settlement without adding staff.",
        "A claims triage assistant piloted in 2024 stalled after 4 months because adjusters did not trust it.",
        ["EU AI Act obligations apply", "Go-live before the 2026 renewal season"],
        1_200_000m);

    public static BriefFacts Bakery { get; } = new(
        "Crumb & Co",
        "Artisan bakery chain",
        "Ontario",
        350,
        "Stores waste too much bread and leverage our data poorly.",
        "A demand forecasting bot was tried and abandoned.",
        [],
        250_000m);

    public static IReadOnlyList<GlossaryTermText> Glossary { get; } =
    [
        new("readiness score", ["readiness index", "AI maturity score"]),
        new("agentic system", ["AI bot", "robot"]),
        new("use case", ["use-case candidate"]),
    ];

    public static IReadOnlyList<string> ReadinessSections { get; } =
        ["Executive summary", "Current state", "Readiness scores", "Opportunities", "Risks", "Next steps", "Sources"];

    public static IReadOnlyList<string> RoadmapSections { get; } =
        ["Executive summary", "Vision", "Roadmap", "Investment case", "Workforce plan", "Change management", "90-day plan", "KPIs", "Governance"];

    public static IReadOnlyList<string> UnknownSections { get; } =
        ["Executive summary", "Vendor landscape", "Bakery floor observations", "Lessons from 2024", "Sources"];

    public static DraftRequest Request(
        IReadOnlyList<string>? sections = null,
        IReadOnlyList<DefectKind>? defects = null,
        ulong seed = 42,
        BriefFacts? brief = null) => new(
            "readiness_report",
            "Readiness Report",
            "Agentic Readiness Assessment",
            sections ?? ReadinessSections,
            brief ?? Insurer,
            Glossary,
            defects ?? [],
            seed);

    public static CheckInput Input(string markdown, DraftRequest request) => new(
        markdown,
        request.RequiredSections,
        request.Glossary.Select(g => new GlossaryTerm(g.Term, "definition", "domain", g.Variants, new SourceLocation("glossary.yaml", 1, 1))).ToList(),
        Library.BannedPhrases,
        [],
        new Core.Briefs.Brief("sample.yaml", request.Brief.Client, request.Brief.Industry, request.Brief.Region, request.Brief.Headcount,
            request.Brief.Situation, request.Brief.StalledPilot, request.Brief.Constraints, request.Brief.BudgetUsd, null, "hash")
        {
            FeeUsd = request.Brief.FeeUsd,
        });

    /// <summary>Every deterministic check's issues, as the stub reads them back from the written feedback.</summary>
    public static IReadOnlyList<FeedbackItem> AllIssues(string markdown, DraftRequest request) =>
        Feedback(GateIssues(markdown, request));

    /// <summary>Every deterministic check's issues, as the gates raise them.</summary>
    public static IReadOnlyList<GateIssue> GateIssues(string markdown, DraftRequest request) =>
        DeliverableChecks.All.SelectMany(c => c.Check(Input(markdown, request))).ToList();

    /// <summary>Gate issues as they travel to the stub: written by the gates, read by the stub's own reader.</summary>
    public static IReadOnlyList<FeedbackItem> Feedback(IEnumerable<GateIssue> issues) =>
        FeedbackReader.Read(GateIssueText.Format(issues));
}
