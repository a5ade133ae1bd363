namespace NexusSim.Core.Time;

/// <summary>
/// The humans' calendars: each decision a human makes takes <see cref="HumanCapacity.ReviewMinutes"/>
/// in a free slot of that human's working time, at most <see cref="HumanCapacity.ReviewsPerDay"/> a
/// day, from the first of the human's check-ins (<see cref="HumanCapacity.CheckInsPerDay"/>) after the
/// work reached them: a human is not waiting at the desk, they go through their queue at set times,
/// and whatever is queued then is decided one after the other. Requests from parallel lanes queue for
/// the same human. Booking is in call order, so a run is reproducible.
/// </summary>
public sealed class HumanDesk
{
    private readonly object _sync = new();
    private readonly Dictionary<string, List<(double Start, double End)>> _booked = new(StringComparer.Ordinal);
    private double _minutes;

    /// <summary>A desk with <paramref name="capacity"/> for every human.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A decision does not fit a working day, or a day allows none.</exception>
    public HumanDesk(HumanCapacity? capacity = null)
    {
        Capacity = capacity ?? new HumanCapacity();
        ArgumentOutOfRangeException.ThrowIfLessThan(Capacity.ReviewsPerDay, 1, nameof(capacity));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Capacity.ReviewMinutes, nameof(capacity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Capacity.ReviewMinutes, Capacity.DayMinutes, nameof(capacity));
        ArgumentOutOfRangeException.ThrowIfNegative(Capacity.CheckInsPerDay, nameof(capacity));
    }

    /// <summary>The humans' capacity.</summary>
    public HumanCapacity Capacity { get; }

    /// <summary>Minutes the humans spent deciding.</summary>
    public double HumanMinutes
    {
        get
        {
            lock (_sync)
            {
                return _minutes;
            }
        }
    }

    /// <summary>Books a decision of <paramref name="humanId"/> ready at <paramref name="readyAt"/> (minutes since the epoch); returns the minute it is made.</summary>
    public double Book(string humanId, double readyAt)
    {
        ArgumentNullException.ThrowIfNull(humanId);
        var length = Capacity.ReviewMinutes;
        lock (_sync)
        {
            if (!_booked.TryGetValue(humanId, out var booked))
            {
                booked = [];
                _booked[humanId] = booked;
            }

            var start = WorkingCalendar.NextCheckIn(readyAt, Capacity);
            while (true)
            {
                start = WorkingCalendar.NextWorking(start, Capacity);
                var day = WorkingCalendar.DayOf(start);
                var end = start + length;
                if (booked.Count(b => WorkingCalendar.DayOf(b.Start) == day) >= Capacity.ReviewsPerDay || end > WorkingCalendar.WindowEnd(start, Capacity) + 1e-9)
                {
                    start = WorkingCalendar.StartOfNextWorkingDay(day);
                    continue;
                }

                var clash = booked.Where(b => b.Start < end && start < b.End).Select(b => (double?)b.End).Max();
                if (clash is { } after)
                {
                    start = after;
                    continue;
                }

                booked.Add((start, end));
                _minutes += length;
                return end;
            }
        }
    }
}
