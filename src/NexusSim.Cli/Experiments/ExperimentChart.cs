using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// One chart of an experiment and the size it is drawn at: 900 × 540 unless its categories need more
/// room (<see cref="ExperimentCharts.Categories"/>, <see cref="ScenarioCharts"/>).
/// </summary>
/// <param name="Name">The file name, without extension.</param>
/// <param name="Plot">The chart.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
internal sealed record ExperimentChart(string Name, Plot Plot, int Width, int Height);
