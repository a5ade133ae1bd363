using NexusSim.Core.Time;

namespace NexusSim.Core.Tests.Clock;

/// <summary>The human on the simulated clock: working hours, a daily cap, one decision at a time, and check-ins.</summary>
public sealed class HumanDeskTests
{
    private const double Day = 24 * 60;

    [Fact]
    public void Book_ReadyInWorkingHours_TakesTheReviewMinutesFromThen()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30));

        Assert.Equal(100 + 30, desk.Book("advisor", 100));
        Assert.Equal(30, desk.HumanMinutes);
    }

    [Fact]
    public void Book_TwoRequestsAtOnce_SecondQueuesBehindTheFirst()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30));

        var first = desk.Book("advisor", 10);
        var second = desk.Book("advisor", 10);

        Assert.Equal(40, first);
        Assert.Equal(70, second);
    }

    [Fact]
    public void Book_TwoHumans_DoNotQueueForEachOther()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30));

        Assert.Equal(desk.Book("advisor", 10), desk.Book("partner", 10));
    }

    [Fact]
    public void Book_ReadyAfterHours_WaitsForTheNextMorning()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30, WorkingHoursPerDay: 8));

        // Monday 09:00 + 7h50: ten minutes of the window left, not enough for thirty.
        var end = desk.Book("advisor", (7 * 60) + 50);

        Assert.Equal(Day + 30, end);
    }

    [Fact]
    public void Book_FridayEvening_WaitsForMonday()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30, WorkingHoursPerDay: 8));

        var end = desk.Book("advisor", (4 * Day) + (10 * 60));

        Assert.Equal((7 * Day) + 30, end);
    }

    [Fact]
    public void Book_DailyCapReached_NextDecisionMovesToTheNextDay()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 10, ReviewsPerDay: 2));

        desk.Book("advisor", 0);
        desk.Book("advisor", 0);
        var third = desk.Book("advisor", 0);

        Assert.Equal(Day + 10, third);
        Assert.Equal(30, desk.HumanMinutes);
    }

    [Fact]
    public void Book_EarlierRequestBookedLater_FillsTheEarlierGap()
    {
        var desk = new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 30));

        desk.Book("advisor", 200);
        var earlier = desk.Book("advisor", 0);

        Assert.Equal(30, earlier);
    }

    [Fact]
    public void Create_ReviewLongerThanTheDay_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HumanDesk(new HumanCapacity(CheckInsPerDay: 0, ReviewMinutes: 600, WorkingHoursPerDay: 8)));
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

    [Theory]
    [InlineData(0, 60 + 30)]               // 10:00 Monday, at the desk: decided at once
    [InlineData(2, 240 + 30)]              // check-ins at 09:00 and 13:00: waits for 13:00
    [InlineData(4, 120 + 30)]              // 09:00, 11:00, 13:00, 15:00: waits for 11:00
    [InlineData(1, Day + 30)]              // once a day at 09:00: waits for Tuesday
    public void Book_ReadyBetweenCheckIns_WaitsForTheNextCheckIn(int checkIns, double expected)
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, CheckInsPerDay: checkIns));

        Assert.Equal(expected, desk.Book("advisor", 60));
    }

    [Fact]
    public void Book_SeveralQueuedForOneCheckIn_DecidedOneAfterTheOtherFromIt()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, CheckInsPerDay: 2));

        var ends = new[] { 5.0, 20, 200 }.Select(ready => desk.Book("advisor", ready)).ToList();

        Assert.Equal([240 + 30, 240 + 60, 240 + 90], ends);
    }

    [Fact]
    public void Book_ReadyAfterTheLastCheckInOfFriday_WaitsForMondayMorning()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, CheckInsPerDay: 2));

        Assert.Equal((7 * Day) + 30, desk.Book("advisor", (4 * Day) + 241));
    }

    [Fact]
    public void Book_ReadyExactlyAtACheckIn_DecidedFromThen()
    {
        var desk = new HumanDesk(new HumanCapacity(ReviewMinutes: 30, CheckInsPerDay: 2));

        Assert.Equal(240 + 30, desk.Book("advisor", 240));
    }

    [Fact]
    public void HumanDesk_NegativeCheckIns_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HumanDesk(new HumanCapacity(CheckInsPerDay: -1)));
}
