namespace NexusSim.Core.Time;

/// <summary>What a human can give the engagement on the simulated clock.</summary>
/// <param name="ReviewMinutes">Minutes one decision (an approval, a rejection, a human gate verdict, an escalation decision) takes.</param>
/// <param name="ReviewsPerDay">Most decisions one human makes in a working day.</param>
/// <param name="WorkingHoursPerDay">Working hours a day, from 09:00, Monday to Friday.</param>
public sealed record HumanCapacity(double ReviewMinutes = 30, int ReviewsPerDay = 12, double WorkingHoursPerDay = 8)
{
    /// <summary>Minutes in a working day.</summary>
    public double DayMinutes => WorkingHoursPerDay * 60;
}
