namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// What the library knows about an industry: its processes, headline metric and regulation, and the
/// people who do the work the agents join (<see cref="Worker"/>, <see cref="Workers"/>: "claims
/// handler" in an insurer, "planner" in a retailer), so a draft does not call a retailer's planners
/// its handlers.
/// </summary>
internal sealed record IndustryProfile(
    string Name,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Processes,
    string Metric,
    string Unit,
    int BaselineMin,
    int BaselineMax,
    string Regulation,
    string Benchmark,
    string FilePath,
    int Line)
{
    /// <summary>The fallback profile's name.</summary>
    public const string Generic = "*";

    /// <summary>The word for one of the people who do the work when a profile names none (its <c>worker:</c> line).</summary>
    public const string DefaultWorker = "handler";

    /// <summary>One of the people who do the industry's work (<c>{handler}</c> in a template).</summary>
    public string Worker { get; init; } = DefaultWorker;

    /// <summary>Several of them (<c>{handlers}</c> in a template).</summary>
    public string Workers { get; init; } = DefaultWorker + "s";

    /// <summary>What a pilot leaves with people when a profile names nothing (its <c>exceptions:</c> line).</summary>
    public const string DefaultExceptions = "cases off the standard path that need a specialist's judgement";

    /// <summary>
    /// The cases of the first process that a pilot leaves with people (<c>{exceptions}</c> in a template): the
    /// process's own edge cases, a plural noun phrase ("new lines with no sales history, promotional orders ..." for
    /// replenishment), so a pilot's scope excludes what its process holds rather than whatever the industry's
    /// regulation reaches.
    /// </summary>
    public string Exceptions { get; init; } = DefaultExceptions;

    /// <summary>The word for one of the people the work serves when a profile names none (its <c>customer:</c> line).</summary>
    public const string DefaultCustomer = "customer";

    /// <summary>
    /// One of the people the industry's work serves and its rules protect (<c>{customer}</c> in a template: "{customer}
    /// data", "harm to a {customer}"): a bank's or an insurer's customer, but a hospital's patient, so a hospital's
    /// governance does not speak of customers.
    /// </summary>
    public string Customer { get; init; } = DefaultCustomer;

    /// <summary>Several of them (<c>{customers}</c> in a template).</summary>
    public string Customers { get; init; } = DefaultCustomer + "s";

    /// <summary>What marks a case as routine when a profile names nothing (its <c>threshold:</c> line).</summary>
    public const string DefaultThreshold = "value";

    /// <summary>
    /// What the process owner's limit measures (<c>{threshold}</c> in a template: "cases below the {threshold}
    /// threshold", "its {threshold} above the process owner's limit"): a claim's or an order's value, but a discharge's
    /// clinical risk, so a hospital's cases are not sorted by what they are worth.
    /// </summary>
    public string Threshold { get; init; } = DefaultThreshold;
}
