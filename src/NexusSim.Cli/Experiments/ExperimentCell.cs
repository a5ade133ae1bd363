namespace NexusSim.Cli.Experiments;

/// <summary>One run of an experiment: a point on every axis. Brief and firm are null for the defaults.</summary>
internal sealed record ExperimentCell(string Protocol, ExperimentVariant Variant, string Scenario, string? Brief, string? Firm, ulong Seed)
{
    /// <summary>The scenario label of a run without a failure-mode scenario.</summary>
    public const string NoScenario = "none";

    /// <summary>The label of the default brief or firm.</summary>
    public const string Default = "default";

    /// <summary>The cell without its seed: the group whose runs are summarised together.</summary>
    public string Group => string.Join(" / ", Protocol, Variant.Name, Scenario, BriefLabel, FirmLabel);

    /// <summary>The cell as an error message names it: each axis with its value.</summary>
    public string Described => $"the cell protocol {Protocol}, variant {Variant.Name}, scenario {Scenario}, brief {BriefLabel}, firm {FirmLabel}";

    public string BriefLabel => Brief ?? Default;

    public string FirmLabel => Firm ?? Default;
}
