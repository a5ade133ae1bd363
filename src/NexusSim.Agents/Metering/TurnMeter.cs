using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Metering;

/// <summary>What one turn's model calls cost: calls, tokens, retries and simulated latency of the actor's tier.</summary>
public sealed class TurnMeter
{
    private readonly object _sync = new();
    private readonly ModelTier _tier;
    private TurnUsage _usage = TurnUsage.Zero;

    /// <summary>A meter for a model of <paramref name="tier"/>.</summary>
    public TurnMeter(ModelTier tier) => _tier = tier ?? throw new ArgumentNullException(nameof(tier));

    /// <summary>Usage so far.</summary>
    public TurnUsage Usage
    {
        get
        {
            lock (_sync)
            {
                return _usage;
            }
        }
    }

    /// <summary>Adds a model call; returns its simulated minutes.</summary>
    public double AddCall(long promptTokens, long completionTokens)
    {
        var minutes = (_tier.BaseLatencyMs + (completionTokens * _tier.MsPerOutputToken)) / 60_000d;
        lock (_sync)
        {
            _usage = _usage.Add(new TurnUsage(1, promptTokens, completionTokens, minutes));
        }

        return minutes;
    }

    /// <summary>Adds a retried failure and its simulated back-off.</summary>
    public void AddRetry(double backoffMinutes)
    {
        lock (_sync)
        {
            _usage = _usage.Add(new TurnUsage(0, 0, 0, backoffMinutes) { Retries = 1 });
        }
    }
}
