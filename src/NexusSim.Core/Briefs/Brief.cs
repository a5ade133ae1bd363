using NexusSim.Core.Manifest;

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
/// <param name="StalledPilot">The AI pilot that stalled and why the client thinks it did; empty when the brief does not give it (the engine does not require it; a firm's brief schema may).</param>
/// <param name="Constraints">Constraints (regulation, timing, budget, politics).</param>
/// <param name="BudgetUsd">
/// The client's programme budget, in US dollars (what the client has for the whole programme the
/// engagement serves). Not the engagement's fee: see <see cref="FeeUsd"/>.
/// </param>
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
    string ContentHash)
{
    /// <summary>
    /// The engagement's fee in US dollars (<c>fee_usd</c>), checked at intake against the service
    /// line's price band and the accept grants' amount limits; null when the brief does not state it.
    /// </summary>
    public decimal? FeeUsd { get; init; }

    /// <summary>Where <c>service_line</c> was written ("line:column"), for an error about its value; empty when the brief does not state it.</summary>
    public string ServiceLineAt { get; init; } = string.Empty;

    /// <summary>
    /// The engagement's risk level (<c>risk</c>), checked against the accept grants' <c>max_risk</c>
    /// and the floor of every risk an action declares; null when the brief does not state it (a grant
    /// with a risk limit then refuses: fail closed).
    /// </summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>
    /// Fields the firm's brief schema adds beyond the engine's (<see cref="BriefSchema"/>), by name, as
    /// text (a list's items joined by "; "); empty for a firm without a schema.
    /// </summary>
    public IReadOnlyDictionary<string, string> FirmFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The fee intake works with: <see cref="FeeUsd"/>, or, for a brief written before briefs had a
    /// fee (<c>fee_usd</c> absent), <see cref="BudgetUsd"/>, which was the fee then.
    /// </summary>
    public decimal EngagementFeeUsd => FeeUsd ?? BudgetUsd;
}
