namespace NexusSim.Core.Briefs;

/// <summary>
/// A client brief: the engagement's input. Its text is untrusted (written by a client, or by anyone
/// who can edit the file) and is datamarked wherever it enters a prompt.
/// </summary>
/// <param name="SourceFile">The file it was read from (or "(embedded default)").</param>
/// <param name="Client">Client name.</param>
/// <param name="Industry">Client industry.</param>
/// <param name="Region">Where the client operates.</param>
/// <param name="Headcount">Number of employees.</param>
/// <param name="Situation">The client's situation, in the client's words.</param>
/// <param name="StalledPilot">The AI pilot that stalled and why the client thinks it did.</param>
/// <param name="Constraints">Constraints (regulation, timing, budget, politics).</param>
/// <param name="BudgetUsd">Budget the client has for the engagement, in US dollars.</param>
/// <param name="ServiceLine">The service line the brief asks for, or null to let the run choose.</param>
/// <param name="ContentHash">SHA-256 (hex) of the brief file's bytes.</param>
public sealed record Brief(
    string SourceFile,
    string Client,
    string Industry,
    string Region,
    int Headcount,
    string Situation,
    string StalledPilot,
    IReadOnlyList<string> Constraints,
    decimal BudgetUsd,
    string? ServiceLine,
    string ContentHash);
