namespace NexusSim.Agents.Stub;

/// <summary>The stub model's behaviour: its quality model, reviewer fallibility and fault profile (section NexusSim:Stub).</summary>
public sealed class StubOptions
{
    /// <summary>Defect rates of every agent's drafts unless <see cref="Agents"/> overrides them.</summary>
    public DefectRates Quality { get; set; } = new();

    /// <summary>Per-agent defect rates, by actor id.</summary>
    public Dictionary<string, DefectRates> Agents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Chance a reviewer passes work without really checking it ("fantasy approval").</summary>
    public double ReviewerFallibility { get; set; } = 0.1;

    /// <summary>
    /// Chance a careful reviewer notices each defect no deterministic check can see (a wrong figure,
    /// a misattributed citation, an unsupported recommendation) at a gate whose checks cover its kind.
    /// </summary>
    public double ReviewerCatchRate { get; set; } = 0.8;

    /// <summary>
    /// Chance the human who approves a release, reading a version whose gates passed, notices each
    /// defect no check can see that it still shows (<see cref="ReadingApprover"/>). Applies to the
    /// approve-if-gates-passed policy; approve-all and reject-all decide unread.
    /// </summary>
    public double HumanCatchRate { get; set; } = 0.5;

    /// <summary>Injected faults.</summary>
    public FaultProfile Faults { get; set; } = new();

    /// <summary>
    /// These options with another fault profile. Shallow: the copy shares <see cref="Quality"/> and
    /// <see cref="Agents"/> with these, so give it new ones rather than changing them.
    /// </summary>
    public StubOptions WithFaults(FaultProfile faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var copy = (StubOptions)MemberwiseClone();
        copy.Faults = faults;
        return copy;
    }

    /// <summary>The defect rates of <paramref name="actorId"/>.</summary>
    public DefectRates For(string actorId) => Agents.TryGetValue(actorId, out var rates) ? rates : Quality;

    /// <summary>Every problem with the values, naming the setting.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var (name, value) in Rates())
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                yield return $"NexusSim:Stub:{name} is {value}; a rate must be between 0 and 1.";
            }
        }
    }

    private IEnumerable<(string, double)> Rates()
    {
        yield return ("ReviewerFallibility", ReviewerFallibility);
        yield return ("ReviewerCatchRate", ReviewerCatchRate);
        yield return ("HumanCatchRate", HumanCatchRate);
        foreach (var (name, value) in Quality.Named())
        {
            yield return ($"Quality:{name}", value);
        }

        foreach (var (agent, rates) in Agents)
        {
            foreach (var (name, value) in rates.Named())
            {
                yield return ($"Agents:{agent}:{name}", value);
            }
        }

        foreach (var (name, value) in Faults.Named())
        {
            yield return ($"Faults:{name}", value);
        }
    }
}
