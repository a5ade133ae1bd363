namespace NexusSim.Core.Time;

/// <summary>
/// Simulated time. Each lane (a workstream) advances by the latency of its own turns; lanes run in
/// parallel, so the makespan is the latest lane. Starts at a fixed epoch so runs are reproducible.
/// </summary>
public sealed class SimulatedClock
{
    /// <summary>The simulated start of every run.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly object _sync = new();
    private readonly Dictionary<string, double> _lanes = new(StringComparer.Ordinal);
    private double _busyMinutes;

    /// <summary>Minutes from the start to the end of the latest lane.</summary>
    public double MakespanMinutes
    {
        get
        {
            lock (_sync)
            {
                return _lanes.Count == 0 ? 0 : _lanes.Values.Max();
            }
        }
    }

    /// <summary>Sum of all turn latencies (the work, as if done one after another).</summary>
    public double BusyMinutes
    {
        get
        {
            lock (_sync)
            {
                return _busyMinutes;
            }
        }
    }

    /// <summary>The current time on a lane.</summary>
    public DateTimeOffset Now(string lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (_sync)
        {
            return Epoch.AddMinutes(_lanes.GetValueOrDefault(lane));
        }
    }

    /// <summary>Advances a lane by <paramref name="minutes"/> and returns the lane's new time.</summary>
    public DateTimeOffset Advance(string lane, double minutes)
    {
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        lock (_sync)
        {
            var now = _lanes.GetValueOrDefault(lane) + minutes;
            _lanes[lane] = now;
            _busyMinutes += minutes;
            return Epoch.AddMinutes(now);
        }
    }

    /// <summary>Starts a lane at another lane's time (a fork), so its work follows what came before.</summary>
    public void Fork(string from, string lane)
    {
        lock (_sync)
        {
            _lanes[lane] = _lanes.GetValueOrDefault(from);
        }
    }

    /// <summary>Moves <paramref name="into"/> to the latest of <paramref name="lanes"/> (and itself): work that needs them all starts when the last ends.</summary>
    public void Join(IEnumerable<string> lanes, string into)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        ArgumentNullException.ThrowIfNull(into);
        lock (_sync)
        {
            _lanes[into] = lanes.Append(into).Max(l => _lanes.GetValueOrDefault(l));
        }
    }

    /// <summary>Minutes since the epoch on a lane.</summary>
    public double MinutesOf(string lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (_sync)
        {
            return _lanes.GetValueOrDefault(lane);
        }
    }

    /// <summary>Moves a lane forward to <paramref name="minutes"/> since the epoch (waiting, not work: busy minutes do not grow); never back.</summary>
    public void WaitUntil(string lane, double minutes)
    {
        ArgumentNullException.ThrowIfNull(lane);
        lock (_sync)
        {
            _lanes[lane] = Math.Max(_lanes.GetValueOrDefault(lane), minutes);
        }
    }
}
