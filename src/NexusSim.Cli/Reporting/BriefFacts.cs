namespace NexusSim.Cli.Reporting;

/// <summary>The client brief as the report shows it (untrusted text: always escaped when rendered).</summary>
internal sealed record BriefFacts(
    string Client,
    string Industry,
    string Region,
    int Headcount,
    string Situation,
    string StalledPilot,
    IReadOnlyList<string> Constraints,
    decimal BudgetUsd);
