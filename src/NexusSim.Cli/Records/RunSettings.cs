using System.Globalization;
using System.Text.Json;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Hosting;

namespace NexusSim.Cli.Records;

/// <summary>
/// Every configuration value a run reads that can change its outcome, by its configuration key
/// (NexusSim:Simulation:MaxTurns, NexusSim:Stub:Quality:Cliche, …), sorted. They go into the run id
/// and are recorded in summary.json (<c>settings</c>) and run.db (<c>metadata_json</c>).
/// </summary>
internal static class RunSettings
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The settings of a run with these options; the stub's when the provider is the stub, the endpoint's when it is not.</summary>
    public static SortedDictionary<string, string> From(SimulationOptions simulation, StubOptions stub, LlmOptions llm, string provider, bool faults, string? approverSource)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(stub);
        ArgumentNullException.ThrowIfNull(llm);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{SimulationOptions.SectionName}:MaxTurns"] = Text(simulation.MaxTurns),
            [$"{SimulationOptions.SectionName}:MaxToolCallsPerTurn"] = Text(simulation.MaxToolCallsPerTurn),
            [$"{SimulationOptions.SectionName}:MaxRetries"] = Text(simulation.MaxRetries),
        };
        // Protocol bounds join the run id only when changed, so runs with the defaults keep their ids.
        var defaults = new SimulationOptions();
        if (simulation.MaxRounds != defaults.MaxRounds)
        {
            settings[$"{SimulationOptions.SectionName}:MaxRounds"] = Text(simulation.MaxRounds);
        }

        if (simulation.MaxDelegationDepth != defaults.MaxDelegationDepth)
        {
            settings[$"{SimulationOptions.SectionName}:MaxDelegationDepth"] = Text(simulation.MaxDelegationDepth);
        }

        if (simulation.HumanCheckInsPerDay != defaults.HumanCheckInsPerDay)
        {
            settings[$"{SimulationOptions.SectionName}:HumanCheckInsPerDay"] = Text(simulation.HumanCheckInsPerDay);
        }

        if (simulation.HumanReviewMinutes != defaults.HumanReviewMinutes || simulation.HumanReviewsPerDay != defaults.HumanReviewsPerDay || simulation.HumanWorkingHours != defaults.HumanWorkingHours)
        {
            settings[$"{SimulationOptions.SectionName}:HumanReviewMinutes"] = simulation.HumanReviewMinutes.ToString(CultureInfo.InvariantCulture);
            settings[$"{SimulationOptions.SectionName}:HumanReviewsPerDay"] = Text(simulation.HumanReviewsPerDay);
            settings[$"{SimulationOptions.SectionName}:HumanWorkingHours"] = simulation.HumanWorkingHours.ToString(CultureInfo.InvariantCulture);
        }

        if (approverSource is not null)
        {
            settings["approver_decisions"] = approverSource;
        }

        if (provider == LlmOptions.OpenAi)
        {
            settings[$"{LlmOptions.SectionName}:Endpoint"] = llm.Endpoint;
            settings[$"{LlmOptions.SectionName}:TimeoutSeconds"] = Text(llm.TimeoutSeconds);
            return settings;
        }

        var effective = faults ? stub.WithFaults(FaultProfile.Chaos()) : stub;
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(effective, Json));
        Flatten("NexusSim:Stub", document.RootElement, settings);
        return settings;
    }

    /// <summary>The settings as one canonical line ("key=value" joined by newlines), for hashing.</summary>
    public static string Canonical(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.Join('\n', settings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
    }

    private static void Flatten(string prefix, JsonElement element, SortedDictionary<string, string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten($"{prefix}:{property.Name}", property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten($"{prefix}:{index++}", item, into);
                }

                break;
            default:
                into[prefix] = element.ValueKind == JsonValueKind.Number
                    ? element.GetDouble().ToString("R", CultureInfo.InvariantCulture)
                    : element.ToString();
                break;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
