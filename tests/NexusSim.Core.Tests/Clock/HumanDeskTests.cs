using NexusSim.Core.Time;

namespace NexusSim.Core.Tests.Clock;

/// <summary>The human on the simulated clock: working hours, a daily cap, and one decision at a time.</summary>
public sealed class HumanDeskTests
{
    private const double Day = 24 * 60;

    [Fact]
    public void Book_ReadyInWorkingHours_TakesTheReviewMinutesFromThen()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30));

        Assert.Equal(100 + 30, desk.Book("advisor", 100));
        Assert.Equal(30, desk.HumanMinutes);
    }

    [Fact]
    public void Book_TwoRequestsAtOnce_SecondQueuesBehindTheFirst()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30));

        var first = desk.Book("advisor", 10);
        var second = desk.Book("advisor", 10);

        Assert.Equal(40, first);
        Assert.Equal(70, second);
    }

    [Fact]
    public void Book_TwoHumans_DoNotQueueForEachOther()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30));

        Assert.Equal(desk.Book("advisor", 10), desk.Book("partner", 10));
    }

    [Fact]
    public void Book_ReadyAfterHours_WaitsForTheNextMorning()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, WorkingHoursPerDay: 8));

        // Monday 09:00 + 7h50: ten minutes of the window left, not enough for thirty.
        var end = desk.Book("advisor", (7 * 60) + 50);

        Assert.Equal(Day + 30, end);
    }

    [Fact]
    public void Book_FridayEvening_WaitsForMonday()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, WorkingHoursPerDay: 8));

        var end = desk.Book("advisor", (4 * Day) + (10 * 60));

        Assert.Equal((7 * Day) + 30, end);
    }

    [Fact]
    public void Book_DailyCapReached_NextDecisionMovesToTheNextDay()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 10, ReviewsPerDay: 2));

        desk.Book("advisor", 0);
        desk.Book("advisor", 0);
        var third = desk.Book("advisor", 0);

        Assert.Equal(Day + 10, third);
        Assert.Equal(30, desk.HumanMinutes);
    }

    [Fact]
    public void Book_EarlierRequestBookedLater_FillsTheEarlierGap()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30));

        desk.Book("advisor", 200);
        var earlier = desk.Book("advisor", 0);

        Assert.Equal(30, earlier);
    }

    [Fact]
    public void Create_ReviewLongerThanTheDay_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HumanDesk(new HumanCapacity(ReviewMinutes: 600, WorkingHoursPerDay: 8)));
    }

    [Theory]
    [InlineData(0, 480, 1.0)]
    [InlineData(0, Day, 1.0)]
    [InlineData(0, Day + 240, 1.5)]
    [InlineData(4 * Day, 7 * Day, 1.0)]
    [InlineData(100, 100, 0.0)]
    public void WorkingDaysBetween_KnownSpans_CountsOnlyWorkingWindows(double from, double to, double days)
    {
        Assert.Equal(days, WorkingCalendar.WorkingDaysBetween(from, to, new HumanCapacity(WorkingHoursPerDay: 8)), 6);
    }
}
