namespace NexusSim.Cli.Experiments;

/// <summary>
/// How far an experiment is: runs finished of the total, how many were already done before this start,
/// the run just finished, and that run's cell and seed as the progress line names them
/// (<see cref="ExperimentProgressView.Describe"/>).
/// </summary>
internal sealed record ExperimentProgress(int Finished, int Total, int AlreadyDone, ExperimentRecord? Last, string? LastCell = null);
