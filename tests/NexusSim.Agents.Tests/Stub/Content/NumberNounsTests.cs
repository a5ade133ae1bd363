using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A drawn figure of one takes a singular noun: the logistics roadmap's Workforce Plan listed "Working alongside
/// an agent | Every team in shipment exception handling | 1 days" ("{int:1-2} days"), and a dashboard could read
/// "Down 1 points".
/// </summary>
public sealed partial class NumberNounsTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [InlineData("| Working alongside an agent | Every team | 1 days [S3] | Before each wave |", "| Working alongside an agent | Every team | 1 day [S3] | Before each wave |")]
    [InlineData("Down 1 points on the week.", "Down 1 point on the week.")]
    [InlineData("A course of 1 weeks, then 1 months of practice.", "A course of 1 week, then 1 month of practice.")]
    [InlineData("We backfill 1 people per team.", "We backfill 1 person per team.")]
    public void Fix_PluralAfterAFigureOfOne_IsSingular(string line, string expected) =>
        Assert.Equal(expected, NumberNouns.Fix(line));

    [Theory]
    [InlineData("A course of 21 days and 11 weeks.")]
    [InlineData("Down 0.1 points, then 2,1 days.")]
    [InlineData("It took -1 days.")]
    [InlineData("Two days, 2 weeks and 1 day.")]
    [InlineData("")]
    public void Fix_NoFigureOfOneBeforeAPlural_LineUnchanged(string line) =>
        Assert.Equal(line, NumberNouns.Fix(line));

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoPluralAfterAFigureOfOne(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                var wrong = OnePlural().Match(markdown);
                Assert.False(wrong.Success, $"seed {seed}, {deliverable}: '{wrong.Value}'");
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.,\-])\b1 (?:minutes|hours|days|weeks|months|years|points|people)\b")]
    private static partial Regex OnePlural();
}
