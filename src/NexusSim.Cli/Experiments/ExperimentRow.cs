namespace NexusSim.Cli.Experiments;

/// <summary>One row of results.csv: the run's cell and its record.</summary>
internal sealed record ExperimentRow(ExperimentCell Cell, ExperimentRecord Record)
{
    public double? Metric(string name) => Record.Metrics.TryGetValue(name, out var value) ? value : null;
}
