namespace NexusSim.Cli.Running;

/// <summary>Filled in when a run ends provider_failed: why, with the API key redacted.</summary>
internal sealed class ProviderFailureNote
{
    /// <summary>The reason, one line; null while the provider has not failed.</summary>
    public string? Reason { get; set; }
}
