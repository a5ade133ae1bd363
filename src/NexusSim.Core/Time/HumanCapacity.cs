namespace NexusSim.Core.Time;

/// <summary>What a human can give the engagement on the simulated clock.</summary>
/// <param name="ReviewMinutes">Minutes one decision (an approval, a rejection, a human gate verdict, an escalation decision) takes.</param>
/// <param name="ReviewsPerDay">Most decisions one human makes in a working day.</param>
/// <param name="WorkingHoursPerDay">Working hours a day, from 09:00, Monday to Friday.</param>
/// <param name="CheckInsPerDay">
/// How often a working day the human turns to the queue of decisions, spread evenly from 09:00 (2: at
/// 09:00 and half-way through the day). Work that reaches them waits for the next check-in; 0 means
/// the human is always at the desk and decides as soon as work arrives.
/// </param>
public sealed record HumanCapacity(double ReviewMinutes = 30, int ReviewsPerDay = 12, double WorkingHoursPerDay = 8, int CheckInsPerDay = 2)
{
    /// <summary>Minutes in a working day.</summary>
    public double DayMinutes => WorkingHoursPerDay * 60;
}
