namespace NexusSim.Cli.Hosting;

/// <summary>Where runs are written (section NexusSim:Storage).</summary>
internal sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "NexusSim:Storage";

    /// <summary>Output directory of runs, relative to the working directory.</summary>
    public string OutputDirectory { get; set; } = "out";

    /// <summary>The private key (ECDSA P-256, PEM) that signs audit checkpoints (empty: ~/.nexussim/audit-signing-key.pem).</summary>
    public string CheckpointKeyPath { get; set; } = string.Empty;
}
