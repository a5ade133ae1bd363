using Microsoft.Extensions.Options;
using NexusSim.Agents.Stub;
using NexusSim.Core.Approvals;

namespace NexusSim.Cli.Hosting;

/// <summary>Validates the run settings on start, naming each bad setting and what it may be.</summary>
internal sealed class RunSettingsValidator :
    IValidateOptions<SimulationOptions>, IValidateOptions<LlmOptions>, IValidateOptions<StorageOptions>, IValidateOptions<StubOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Range(failures, "Simulation:MaxConcurrency", options.MaxConcurrency, 1, 64);
        Range(failures, "Simulation:MaxTurns", options.MaxTurns, 1, 100_000);
        Range(failures, "Simulation:MaxRounds", options.MaxRounds, 0, 10);
        Range(failures, "Simulation:MaxDelegationDepth", options.MaxDelegationDepth, 0, 10);
        Range(failures, "Simulation:HumanReviewsPerDay", options.HumanReviewsPerDay, 1, 1000);
        Range(failures, "Simulation:HumanWorkingHours", (int)Math.Ceiling(options.HumanWorkingHours), 1, 24);
        Range(failures, "Simulation:HumanCheckInsPerDay", options.HumanCheckInsPerDay, 0, 96);
        if (!(options.HumanReviewMinutes > 0 && options.HumanReviewMinutes <= options.HumanWorkingHours * 60))
        {
            failures.Add($"NexusSim:Simulation:HumanReviewMinutes is {options.HumanReviewMinutes}; give minutes above 0 that fit a working day (at most HumanWorkingHours x 60).");
        }
        Range(failures, "Simulation:MaxToolCallsPerTurn", options.MaxToolCallsPerTurn, 1, 100);
        Range(failures, "Simulation:MaxRetries", options.MaxRetries, 0, 10);
        if (!PolicyApprover.Names.Contains(options.Approver) && options.Approver != "console")
        {
            failures.Add($"NexusSim:Simulation:Approver is '{options.Approver}'; use console, {string.Join(", ", PolicyApprover.Names)}.");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!LlmOptions.Providers.Contains(options.Provider))
        {
            failures.Add($"NexusSim:Llm:Provider is '{options.Provider}'; use {string.Join(" or ", LlmOptions.Providers)}.");
        }

        if (options.Endpoint.Length > 0 && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            failures.Add($"NexusSim:Llm:Endpoint '{options.Endpoint}' is not an absolute URL (e.g. https://api.openai.com/v1).");
        }

        Range(failures, "Llm:TimeoutSeconds", options.TimeoutSeconds, 1, 3600);
        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.OutputDirectory)
            ? ValidateOptionsResult.Fail("NexusSim:Storage:OutputDirectory is empty; give a directory such as out.")
            : ValidateOptionsResult.Success;
    }

    public ValidateOptionsResult Validate(string? name, StubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result([.. options.Validate()]);
    }

    private static void Range(List<string> failures, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"NexusSim:{setting} is {value}; it must be from {min} to {max}.");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
