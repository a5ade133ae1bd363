namespace NexusSim.Storage;

/// <summary>How a <see cref="SqliteRunJournal"/> keeps its checkpoints and stamps its steps.</summary>
public sealed class SqliteJournalOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "NexusSim:Storage";

    /// <summary>
    /// A signed checkpoint is written after the first committed step, whenever the chain has grown
    /// by this many entries since the last one, on every run status change and on dispose.
    /// </summary>
    public int CheckpointInterval { get; init; } = 32;

    /// <summary>
    /// The checkpoint key file; null means <see cref="CheckpointKeyFile.DefaultPath"/>
    /// (<c>~/.nexussim/checkpoint.key</c>). Created on first use.
    /// </summary>
    public string? CheckpointKeyPath { get; init; }

    /// <summary>The clock that stamps committed steps (wall-clock bookkeeping, not simulated time).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(CheckpointInterval, 1, nameof(CheckpointInterval));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
