namespace NexusSim.Cli.Reporting;

/// <summary>What one model costs, in US dollars per million tokens.</summary>
internal sealed class ModelPrice
{
    /// <summary>Dollars per million prompt (input) tokens.</summary>
    public decimal InputPerMillionUsd { get; set; }

    /// <summary>Dollars per million completion (output) tokens.</summary>
    public decimal OutputPerMillionUsd { get; set; }
}
