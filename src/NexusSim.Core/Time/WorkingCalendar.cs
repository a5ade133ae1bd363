namespace NexusSim.Core.Time;

/// <summary>
/// Working time on the simulated clock. Minute 0 is <see cref="SimulatedClock.Epoch"/> (a Monday at
/// 09:00); each weekday's working window runs from the start of its day for the working hours;
/// Saturdays and Sundays have none. Agents work around the clock; humans only in the windows.
/// </summary>
public static class WorkingCalendar
{
    private const double Day = 24 * 60;

    /// <summary>The first working minute at or after <paramref name="minute"/>.</summary>
    public static double NextWorking(double minute, HumanCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        var day = Math.Floor(minute / Day);
        if (IsWeekday(day) && minute < (day * Day) + capacity.DayMinutes)
        {
            return Math.Max(minute, day * Day);
        }

        return StartOfNextWorkingDay(day);
    }

    /// <summary>
    /// The first of the human's check-ins at or after <paramref name="minute"/> (check-ins are spread
    /// evenly over the working window from its start); with no check-ins, the first working minute.
    /// </summary>
    public static double NextCheckIn(double minute, HumanCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        var working = NextWorking(minute, capacity);
        if (capacity.CheckInsPerDay <= 0)
        {
            return working;
        }

        var day = DayOf(working);
        var spacing = capacity.DayMinutes / capacity.CheckInsPerDay;
        var k = Math.Ceiling(((working - (day * Day)) / spacing) - 1e-9);
        return k < capacity.CheckInsPerDay ? (day * Day) + (k * spacing) : StartOfNextWorkingDay(day);
    }

    /// <summary>The start of the first working day after day <paramref name="day"/>.</summary>
    public static double StartOfNextWorkingDay(double day)
    {
        var next = day + 1;
        while (!IsWeekday(next))
        {
            next++;
        }

        return next * Day;
    }

    /// <summary>The day index of a minute.</summary>
    public static double DayOf(double minute) => Math.Floor(minute / Day);

    /// <summary>The end of the working window of the day of <paramref name="minute"/>.</summary>
    public static double WindowEnd(double minute, HumanCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        return (DayOf(minute) * Day) + capacity.DayMinutes;
    }

    /// <summary>Working days (fractional) between two minutes: the working minutes between them over a working day's minutes.</summary>
    public static double WorkingDaysBetween(double from, double to, HumanCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        if (to <= from)
        {
            return 0;
        }

        var working = 0.0;
        for (var day = DayOf(from); day <= DayOf(to); day++)
        {
            if (!IsWeekday(day))
            {
                continue;
            }

            var start = Math.Max(from, day * Day);
            var end = Math.Min(to, (day * Day) + capacity.DayMinutes);
            working += Math.Max(0, end - start);
        }

        return working / capacity.DayMinutes;
    }

    private static bool IsWeekday(double day) => ((long)day % 7) < 5;
}
