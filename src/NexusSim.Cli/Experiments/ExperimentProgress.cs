namespace NexusSim.Cli.Experiments;

/// <summary>How far an experiment is: runs finished of the total, how many were already done before this start, and the run just finished.</summary>
internal sealed record ExperimentProgress(int Finished, int Total, int AlreadyDone, ExperimentRecord? Last);
