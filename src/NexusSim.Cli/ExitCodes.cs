namespace NexusSim.Cli;

/// <summary>Process exit codes, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The work ran and found a problem (for example a tampered audit trail).</summary>
    public const int Failed = 1;

    /// <summary>Bad input: command line, manifest, brief or configuration. Nothing was run.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted by Ctrl+C; completed steps are kept.</summary>
    public const int Interrupted = 130;

    /// <summary>The model provider could not be reached (refused, DNS, timeout, 5xx after retries); the run is written with status provider_failed.</summary>
    public const int ProviderFailed = 3;

    /// <summary>The run paused as awaiting_approval: a human decision is missing; the run folder is kept.</summary>
    public const int AwaitingApproval = 4;
}
